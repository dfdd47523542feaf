using System.Text.Json.Nodes;
using Conformance.Harness.Schemas;

namespace Conformance.Harness.SelfChecks;

/// <summary>One instance with its expected verdict in each tier.</summary>
public sealed record SchemaCase(
    string File, string Schema, string Group, string Description, JsonNode? Data, bool ValidStrict, bool ValidLenient,
    string? StrictKeyword, string? LenientKeyword, string? Pointer)
{
    public bool ValidIn(SchemaTier tier) => tier == SchemaTier.Strict ? ValidStrict : ValidLenient;

    /// <summary>The keyword an invalid verdict must report in <paramref name="tier"/>; null when the case does not say.</summary>
    public string? KeywordIn(SchemaTier tier) => tier == SchemaTier.Strict ? StrictKeyword : LenientKeyword;

    public override string ToString() => $"{File}: {Group} / {Description}";
}
