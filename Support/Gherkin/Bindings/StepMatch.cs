namespace Conformance.Gherkin.Bindings;

public enum StepMatchStatus
{
    Matched,
    Undefined,
    Ambiguous,
}

/// <summary>The outcome of looking a step up: its binding, or a message with a snippet or the candidates.</summary>
public sealed class StepMatch
{
    private StepMatch(StepMatchStatus status, StepDefinition? definition, IReadOnlyList<string> captures, IReadOnlyList<StepDefinition> candidates, string? message)
    {
        Status = status;
        Definition = definition;
        Captures = captures;
        Candidates = candidates;
        Message = message;
    }

    public StepMatchStatus Status { get; }

    public StepDefinition? Definition { get; }

    public IReadOnlyList<string> Captures { get; }

    /// <summary>Every matching binding when ambiguous.</summary>
    public IReadOnlyList<StepDefinition> Candidates { get; }

    /// <summary>For Undefined: the ready-to-paste snippet; for Ambiguous: every candidate with its method.</summary>
    public string? Message { get; }

    internal static StepMatch Matched(StepDefinition definition, string[] captures) => new(StepMatchStatus.Matched, definition, captures, [definition], null);

    internal static StepMatch Undefined(string message) => new(StepMatchStatus.Undefined, null, [], [], message);

    internal static StepMatch Ambiguous(IReadOnlyList<StepDefinition> candidates, string message) => new(StepMatchStatus.Ambiguous, null, [], candidates, message);
}
