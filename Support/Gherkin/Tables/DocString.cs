namespace Conformance.Gherkin.Tables;

/// <summary>A step's """ argument. A binding receives it as a <see cref="DocString"/> or as a plain string.</summary>
public sealed record DocString(string Content, string? ContentType)
{
    public override string ToString() => Content;
}
