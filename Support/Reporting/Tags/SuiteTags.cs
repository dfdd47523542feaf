namespace Conformance.Reporting.Tags;

// The tag vocabulary of the suite. Tags may arrive with or without the
// leading '@'; every comparison goes through Normalize so both spellings mean the same thing.
public static class SuiteTags
{
    public const string ApiPrefix = "api-";
    public const string OperationPrefix = "op-";
    public const string DocPrefix = "doc-";

    /// <summary>The stable case id (@id-chat.invite.3): reports, expectations and the kill matrix use it, not the title.</summary>
    public const string CaseIdPrefix = "id-";
    public const string Must = "must";
    public const string Should = "should";
    public const string Informational = "informational";
    public const string Ignore = "ignore";
    public const string Wip = "wip";

    /// <summary>The tag without its leading '@' and surrounding blanks.</summary>
    public static string Normalize(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var trimmed = tag.Trim();
        return trimmed.StartsWith('@') ? trimmed[1..] : trimmed;
    }

    public static bool Is(string tag, string name) =>
        string.Equals(Normalize(tag), name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The value after a prefix (e.g. "Invite" for "@op-Invite"), or null when the tag has another prefix.</summary>
    public static string? ValueAfter(string tag, string prefix)
    {
        var normalized = Normalize(tag);
        return normalized.Length > prefix.Length && normalized.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            ? normalized[prefix.Length..]
            : null;
    }
}
