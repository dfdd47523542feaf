using System.Text.Json.Nodes;

namespace Conformance.MockServer.Bayeux;

/// <summary>What a batch produced: replies in message order, and the connect to complete.</summary>
internal sealed class BatchOutcome
{
    public List<JsonObject> Replies { get; } = [];

    /// <summary>Sessions named by the batch; their queued events ride on the response (docs/cometd-behaviour.md#flush-into-any-response).</summary>
    public List<BayeuxSession> Sessions { get; } = [];

    public List<ConnectStep> Connects { get; } = [];

    /// <summary>A BAYEUX_BROWSER value to set (long-polling handshake without the cookie, docs/cometd-behaviour.md#browser-cookie).</summary>
    public string? NewBrowserCookie { get; set; }

    /// <summary>A handshake batched with other messages: the request is refused (docs/cometd-behaviour.md#arrays-only).</summary>
    public bool HandshakeNotAlone { get; set; }

    public void Touch(BayeuxSession session)
    {
        if (!Sessions.Contains(session))
        {
            Sessions.Add(session);
        }
    }
}
