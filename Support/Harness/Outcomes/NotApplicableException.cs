using NUnit.Framework;

namespace Conformance.Harness.Outcomes;

/// <summary>
/// Thrown by a step when the scenario cannot apply to this target; the scenario is graded Not
/// applicable with the message as its reason. It is an NUnit <see cref="IgnoreException"/>, so
/// Reqnroll's NUnit provider treats it as a skip and NUnit shows the test Ignored.
/// </summary>
public sealed class NotApplicableException : IgnoreException
{
    public NotApplicableException(string reason)
        : base(reason)
    {
    }

    public NotApplicableException(string reason, Exception innerException)
        : base(reason, innerException)
    {
    }
}
