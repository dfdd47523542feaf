namespace Conformance.Gherkin.Loading;

/// <summary>Something in a feature file the runner cannot turn into a scenario; it becomes a failing test.</summary>
public sealed record LoadProblem(string RelativePath, int Line, string Message)
{
    /// <summary>"Features/Chat/Start.feature:12: message", the form editors and CI logs link.</summary>
    public override string ToString() => $"{RelativePath}:{Line}: {Message}";
}
