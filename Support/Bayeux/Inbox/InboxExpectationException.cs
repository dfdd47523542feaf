namespace Conformance.Bayeux;

/// <summary>An inbox expectation failed; the message reads "Expected ... / Actual: ..." and lists what did arrive.</summary>
public sealed class InboxExpectationException : Exception
{
    public InboxExpectationException()
    {
    }

    public InboxExpectationException(string message)
        : base(message)
    {
    }

    public InboxExpectationException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
