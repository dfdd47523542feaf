using System.Text.Json.Nodes;

namespace Conformance.Bayeux.Transport;

/// <summary>Where a transport hands what it receives.</summary>
public interface ITransportListener
{
    /// <summary>One received array, processed as a whole before the next one (docs/cometd-behaviour.md#ack-extension).</summary>
    void OnMessages(ReceivedArray messages, IBayeuxTransport transport);

    /// <summary>As <see cref="OnMessages(ReceivedArray, IBayeuxTransport)"/>, for messages built in code (test fakes).</summary>
    void OnMessages(IReadOnlyList<JsonObject> messages, IBayeuxTransport transport) => OnMessages(ReceivedArray.FromMessages(messages), transport);

    /// <summary>The transport broke outside any <see cref="IBayeuxTransport.SendAsync"/> call (a WebSocket closing).</summary>
    void OnFailure(BayeuxTransportException failure, IBayeuxTransport transport);

    /// <summary>Something worth a line in the traffic snapshot (HTTP status, headers already redacted, fallbacks).</summary>
    void OnNote(string text, IBayeuxTransport transport);

    /// <summary>As <see cref="OnNote(string, IBayeuxTransport)"/>, written only if the snapshot is read (<paramref name="render"/> reads only what no longer changes).</summary>
    void OnNote(Func<string> render, IBayeuxTransport transport) => OnNote(render(), transport);
}
