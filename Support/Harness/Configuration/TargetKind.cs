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
