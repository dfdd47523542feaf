namespace Conformance.Harness.Configuration;

/// <summary>Where the suite sends its requests.</summary>
public enum TargetKind
{
    /// <summary>The mock GWS server, started in-process on 127.0.0.1 with a free port (the default).</summary>
    Mock,

    /// <summary>The mock started by the harness as a separate process and reached by URL.</summary>
    MockProcess,

    /// <summary>Any other server at BaseUrl: a real GWS, or a mock somebody else started.</summary>
    Remote,
}

/// <summary>How a target offers a chat or an SMS session from a customer to an agent.</summary>
public enum InboundMode
{
    /// <summary>The target cannot be made to offer one; scenarios that need one are not applicable.</summary>
    None,

    /// <summary>The mock's control API (not part of GWS).</summary>
    MockControl,
}

/// <summary>How "no further notification" is proven.</summary>
public enum AbsenceCheck
{
    /// <summary>Wait out the profile's quiet period.</summary>
    QuietPeriod,

    /// <summary>Ask the mock's barrier, which confirms that everything published so far has been delivered.</summary>
    MockBarrier,
}
