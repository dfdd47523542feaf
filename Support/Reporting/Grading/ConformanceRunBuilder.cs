using Conformance.Reporting.Evidence;
using Conformance.Reporting.Expectations;
using Conformance.Reporting.Gate;
using Conformance.Reporting.Model;
using Conformance.Reporting.Provenance;

namespace Conformance.Reporting.Grading;

/// <summary>Grades every scenario of a run and assembles the <see cref="ConformanceRun"/> the writers read.</summary>
public static class ConformanceRunBuilder
{
    // scenarios: every finished scenario, already de-duplicated; catalog: the feature files (may be
    // empty); problems: harness problems found outside the scenarios.
    public static ConformanceRun Build(
        ReportOptions options,
        DateTimeOffset start,
        DateTimeOffset stop,
        IEnumerable<ScenarioResult> scenarios,
        ExpectationsFile expectations,
        SuiteCatalog catalog,
        IEnumerable<string> problems)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(expectations);
        ArgumentNullException.ThrowIfNull(catalog);
        var graded = scenarios
            .Select(s => Grader.Grade(s, expectations, catalog))
            .OrderBy(s => s.Address.Api, StringComparer.Ordinal)
            .ThenBy(s => s.Address.Operation, StringComparer.Ordinal)
            .ThenBy(s => s.Scenario.Feature.RelativePath, StringComparer.Ordinal)
            .ThenBy(s => s.Scenario.Line)
            .ThenBy(s => s.DisplayName, StringComparer.Ordinal)
            .ToList();

        var allKeys = new HashSet<string>(catalog.Keys, StringComparer.Ordinal);
        allKeys.UnionWith(graded.Select(s => s.ExpectationKey));
        allKeys.UnionWith(graded.Select(s => ExpectationKey.Of(s.Scenario)));
        allKeys.UnionWith(graded.Select(s => s.Address.CaseId).OfType<string>());
        var harnessProblems = problems.Concat(expectations.Validate(allKeys)).ToList();

        var uses = expectations.Entries
            .Select(e => new ExpectationUse(e, graded.Where(s => s.Grade == Grade.Excluded && s.ExpectationKey == e.Scenario).Select(s => s.Id).ToList()))
            .ToList();

        var provenance = new RunProvenance(
            options.SuiteName,
            options.SuiteVersion,
            options.Commit,
            ContentHash.Of(options.ContentRoots),
            options.TargetName,
            options.TargetUrlProvider?.Invoke() ?? options.TargetUrl,
            options.ServerIdentityProvider?.Invoke() ?? options.ServerIdentity ?? ServerHeader.FirstIn(graded),
            start,
            stop);

        return new ConformanceRun(
            provenance,
            graded,
            expectations.Path,
            uses,
            harnessProblems,
            options.Gate,
            GateEvaluator.Evaluate(options.Gate, graded, harnessProblems));
    }
}
