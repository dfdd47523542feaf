using System.Reflection;
using Conformance.Harness.Configuration;
using Conformance.Reporting;
using Conformance.Reporting.Gate;

namespace Conformance.Harness.Reports;

/// <summary>
/// Builds the reporting listener from the run parameters. It is registered before the target
/// starts, so that a target that cannot be started still yields reports saying so (every scenario
/// a Harness error) instead of none.
/// </summary>
public static class ReportSetup
{
    /// <summary>Run parameters of runsettings/*.runsettings that shape the reports (README "Reading the reports").</summary>
    public const string ReportsDirectory = "ReportsDirectory";
    public const string Expectations = "Expectations";
    public const string GateFailOn = "GateFailOn";

    public static ReportingListener CreateListener(string featuresRoot, Func<string, string?> parameter, Func<string?> targetUrl)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        string? Get(string name) => parameter(name) is { Length: > 0 } value && value.Trim().Length > 0 ? value.Trim() : null;

        var root = RepositoryRoot.Find();
        var options = ReportOptions.ForRepository(root, Get(ReportsDirectory) is { } dir ? Path.GetFullPath(dir, root) : null) with
        {
            TargetName = Get(TargetOptionsReader.Target) ?? "mock",
            TargetUrlProvider = targetUrl,
            SuiteVersion = SuiteVersion(),
            ExpectationsFile = Get(Expectations) is { } file ? Path.GetFullPath(file, root) : null,
            FeaturesRoot = featuresRoot,
            Gate = Get(GateFailOn) is { } gates ? GatePolicy.Parse(gates) : GatePolicy.Default,
        };
        return new ReportingListener(options);
    }

    private static string SuiteVersion() =>
        typeof(ReportSetup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";
}
