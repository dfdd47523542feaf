using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;

namespace Conformance.MockServer.Bayeux;

/// <summary>Waits for a held connect and assembles the response of a batch (docs/cometd-behaviour.md#server-hold-rules), for both transports.</summary>
internal static class ConnectCompletion
{
    public static async Task<BatchResponse> CompleteAsync(BayeuxServer server, BatchOutcome outcome, CancellationToken aborted)
    {
        ConnectRelease? release = null;
        var heldStep = outcome.Connects.FirstOrDefault(c => c.Held is not null);
        if (heldStep is { Held: { } held })
        {
            try
            {
                release = await held.Released.WaitAsync(TimeSpan.FromMilliseconds(heldStep.HoldMs), server.Time, aborted);
            }
            catch (TimeoutException)
            {
                heldStep.Session.Unhold(held, server.NowMs, server.Options.MaxInterval);
            }
            catch (OperationCanceledException)
            {
                // The client went away: the session may expire from now on.
                heldStep.Session.Unhold(held, server.NowMs, server.Options.MaxInterval);
                throw;
            }
            if (release == ConnectRelease.Superseded)
            {
                // Its own successful reply and no events: what is queued goes to the newer connect.
                return new BatchResponse(true, [], outcome.Replies);
            }
        }
        var events = new List<string>();
        var options = server.Options;
        foreach (var step in outcome.Connects)
        {
            if (step == heldStep && release == ConnectRelease.Removed)
            {
                // Swept or overflowed while held: the client must handshake again (docs/cometd-behaviour.md#session-expiry).
                BayeuxJson.SessionUnknown(step.Reply, withAdvice: true);
                continue;
            }
            var (taken, batch) = step.Session.TakeForConnectReply(server.NowMs + options.Interval + options.MaxInterval);
            events.AddRange(taken);
            if (batch is { } b && step.Reply[Fields.Successful]?.GetValue<bool>() == true)
            {
                step.Reply[Fields.Ext] = new JsonObject { [Fields.Ack] = b };
            }
        }
        foreach (var session in outcome.Sessions)
        {
            if (!outcome.Connects.Any(c => c.Session == session))
            {
                events.AddRange(session.TakeForOtherReply());
            }
        }
        return new BatchResponse(false, events, outcome.Replies);
    }
}
