using Conformance.Reporting.Grading;
using Conformance.Reporting.Model;

namespace Conformance.Reporting.Tags;

/// <summary>
/// Where a scenario sits in the documentation, read from its tags: the API (@api-chat),
/// the operation (@op-Invite), the doc page (@doc-SMSInvite) and the requirement strength
/// (@must, @should, @informational). A scenario's own tags win over its feature's.
/// </summary>
public sealed record ScenarioAddress(
    string Api,
    string Operation,
    string? DocPage,
    RequirementStrength Strength,
    IReadOnlyList<string> Tags,
    string? CaseId = null)
{
    /// <summary>Shown when a scenario has no @api- tag (the suite lint should prevent it).</summary>
    public const string NoApi = "(no API tag)";

    /// <summary>Shown when a scenario has no @op- tag.</summary>
    public const string NoOperation = "(no operation tag)";

    public static ScenarioAddress Of(ScenarioInfo scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var own = scenario.Tags.Select(SuiteTags.Normalize).ToList();
        var inherited = scenario.Feature.Tags.Select(SuiteTags.Normalize).ToList();
        var all = own.Concat(inherited).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        string? First(string prefix) =>
            own.Concat(inherited).Select(t => SuiteTags.ValueAfter(t, prefix)).FirstOrDefault(v => v is not null);

        var strength = StrengthIn(own) ?? StrengthIn(inherited) ?? RequirementStrength.Must;
        return new ScenarioAddress(
            ApiDisplayName(First(SuiteTags.ApiPrefix)),
            First(SuiteTags.OperationPrefix) ?? NoOperation,
            First(SuiteTags.DocPrefix),
            strength,
            all,
            own.Select(t => SuiteTags.ValueAfter(t, SuiteTags.CaseIdPrefix)).FirstOrDefault(v => v is not null));
    }

    // The weakest strength wins when a scenario carries more than one: a probe tagged both
    // @informational and @must is still a probe.
    private static RequirementStrength? StrengthIn(IReadOnlyList<string> tags)
    {
        if (tags.Any(t => SuiteTags.Is(t, SuiteTags.Informational)))
        {
            return RequirementStrength.Informational;
        }

        if (tags.Any(t => SuiteTags.Is(t, SuiteTags.Should)))
        {
            return RequirementStrength.Should;
        }

        return tags.Any(t => SuiteTags.Is(t, SuiteTags.Must)) ? RequirementStrength.Must : null;
    }

    // The three multimedia sections of GWS API v2 (Chat, SMS Session, IM Session); an unknown suffix is shown as written.
    private static string ApiDisplayName(string? suffix) => suffix?.ToLowerInvariant() switch
    {
        null => NoApi,
        "chat" => "Chat",
        "sms" => "SMS Session",
        "im" => "IM Session",
        _ => suffix,
    };
}
