namespace Conformance.Harness.Schemas;

public static class SchemaTiers
{
    /// <summary>The tier of a scenario from its tags (with or without the leading @): only @must is strict.</summary>
    public static SchemaTier ForTags(IEnumerable<string> tags) =>
        tags.Any(t => string.Equals(t.TrimStart('@'), "must", StringComparison.OrdinalIgnoreCase)) ? SchemaTier.Strict : SchemaTier.Lenient;
}
