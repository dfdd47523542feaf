namespace Conformance.MockServer.Bayeux;

/// <summary>Why a held <c>/meta/connect</c> ended before its timeout (docs/cometd-behaviour.md#server-hold-rules).</summary>
internal enum ConnectRelease
{
    Events,
    Superseded,
    Disconnected,
    Removed,
}
