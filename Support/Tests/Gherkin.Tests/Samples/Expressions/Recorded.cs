namespace Gherkin.Tests.Samples.Expressions;

/// <summary>Scenario-scoped: what the steps of one scenario saw.</summary>
public sealed class Recorded
{
    public List<string> Values { get; } = [];

    public List<Message> Messages { get; } = [];

    public Conformance.Gherkin.Tables.DocString? Body { get; set; }
}

public enum Media
{
    Chat,
    Sms,
}

public sealed record Message(string Text, string From = "agent", int MaxLength = 100);

public sealed class MutableMessage
{
    public string Text { get; set; } = string.Empty;

    public string From { get; set; } = "agent";

    public int MaxLength { get; set; }
}
