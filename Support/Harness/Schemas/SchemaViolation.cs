namespace Conformance.Harness.Schemas;

/// <summary>
/// One way a JSON document breaks its schema, as one evidence line: where (the JSON Pointer of the failing
/// value), which keyword, what the schema expects and what the document has, and the schema rule that said so.
/// </summary>
public sealed record SchemaViolation(string Pointer, string Keyword, string Expected, string Actual, string SchemaLocation = "")
{
    public override string ToString() =>
        $"{(Pointer.Length == 0 ? "(root)" : Pointer)}: {Keyword}: expected {Expected}; actual {Actual}"
        + (SchemaLocation.Length == 0 ? "" : $" [{SchemaLocation}]");
}
