namespace Conformance.Gherkin.Runtime;

/// <summary>
/// Thrown by a step when the scenario cannot apply to this target; the scenario is reported
/// NotApplicable with the message as its reason and shows as NUnit Ignored (issue #2, "outcome classification").
/// </summary>
public sealed class NotApplicableException : Exception
{
    public NotApplicableException()
    {
    }

    public NotApplicableException(string reason)
        : base(reason)
    {
    }

    public NotApplicableException(string reason, Exception innerException)
        : base(reason, innerException)
    {
    }
}
