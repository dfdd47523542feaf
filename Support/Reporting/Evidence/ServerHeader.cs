using System.Text.RegularExpressions;
using Conformance.Reporting.Grading;

namespace Conformance.Reporting.Evidence;

/// <summary>
/// The target's identity as its HTTP responses state it (the Server header), read from the
/// attached HTTP exchanges. The run events carry no server identity (a report names the
/// server where it states its identity), so this layer derives it when ReportOptions does not give one.
/// </summary>
public static partial class ServerHeader
{
    public const string Suffix = " (from the Server response header)";

    public static string? FirstIn(IEnumerable<GradedScenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        foreach (var attachment in scenarios.SelectMany(s => ScenarioAttachments.All(s.Result)))
        {
            var match = ServerLine().Match(attachment.Content);
            if (match.Success)
            {
                return match.Groups["value"].Value.Trim() + Suffix;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^[ \t]*Server[ \t]*:[ \t]*(?<value>\S[^\r\n]*)$", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ServerLine();
}
