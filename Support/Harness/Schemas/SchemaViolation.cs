namespace Conformance.Harness.Schemas;

/// <summary>One way a JSON document breaks its schema: where (a JSON Pointer) and which rule.</summary>
public sealed record SchemaViolation(string Pointer, string Rule, string Detail)
{
    public override string ToString() => $"{(Pointer.Length == 0 ? "(root)" : Pointer)}: {Rule}{(Detail.Length == 0 ? "" : " (" + Detail + ")")}";
}
