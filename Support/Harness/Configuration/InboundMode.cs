namespace Conformance.Harness.Configuration;

/// <summary>How a target offers a chat or an SMS session from a customer to an agent.</summary>
public enum InboundMode
{
    /// <summary>The target cannot be made to offer one; scenarios that need one are not applicable.</summary>
    None,

    /// <summary>The mock's control API (not part of GWS).</summary>
    MockControl,
}
