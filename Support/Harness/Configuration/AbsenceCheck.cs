namespace Conformance.Harness.Configuration;

/// <summary>How "no further notification" is proven.</summary>
public enum AbsenceCheck
{
    /// <summary>Wait out the profile's quiet period.</summary>
    QuietPeriod,

    /// <summary>Ask the mock's barrier, which confirms that everything published so far has been delivered.</summary>
    MockBarrier,
}
