using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;

namespace Conformance.MockServer.Bayeux;

/// <summary>
/// Processes one batch of Bayeux messages (Bayeux spec: "Meta Message Field Definitions") for either transport. Holding a
/// connect is decided here but waited for by the transport.
/// </summary>
internal sealed class BayeuxBatchProcessor(BayeuxServer server)
{
    private BayeuxServerOptions Options => server.Options;

    public BatchOutcome Process(IReadOnlyList<JsonObject> messages, BatchContext context)
    {
        var outcome = new BatchOutcome();
        if (messages.Count > 1 && messages.Any(m => JsonRead.String(m, Fields.Channel) == MetaChannels.Handshake))
        {
            outcome.HandshakeNotAlone = true;
            return outcome;
        }
        foreach (var message in messages)
        {
            outcome.Replies.Add(ProcessOne(message, context, outcome, alone: messages.Count == 1));
        }
        return outcome;
    }

    private JsonObject ProcessOne(JsonObject message, BatchContext context, BatchOutcome outcome, bool alone)
    {
        if (message[Fields.Channel] is null)
        {
            return BayeuxJson.Fail(BayeuxJson.Reply(message, null), BayeuxErrors.ChannelMissing);
        }
        var channel = JsonRead.String(message, Fields.Channel);
        if (channel is null || !ChannelPattern.IsValidPattern(channel))
        {
            return BayeuxJson.Fail(BayeuxJson.Reply(message, channel), BayeuxErrors.ChannelInvalid);
        }
        var reply = BayeuxJson.Reply(message, channel);
        if (!BayeuxJson.IdIsValid(message))
        {
            reply.Remove(Fields.Id);
            return BayeuxJson.Fail(reply, BayeuxErrors.MessageIdInvalid);
        }
        if (channel == MetaChannels.Handshake)
        {
            return Handshake(message, reply, context, outcome);
        }
        var session = FindSession(message, context);
        if (session is null)
        {
            return BayeuxJson.SessionUnknown(reply, withAdvice: channel == MetaChannels.Connect);
        }
        outcome.Touch(session);
        if (channel != MetaChannels.Connect)
        {
            session.Touch(server.NowMs, Options.MaxInterval);
        }
        return channel switch
        {
            MetaChannels.Connect => Connect(message, reply, session, context, outcome, alone),
            MetaChannels.Subscribe => Subscribe(message, reply, session, subscribe: true),
            MetaChannels.Unsubscribe => Subscribe(message, reply, session, subscribe: false),
            MetaChannels.Disconnect => Disconnect(reply, session),
            _ when ChannelPattern.IsMeta(channel) => BayeuxJson.Fail(reply, BayeuxErrors.ChannelDenied),
            _ => Publish(message, reply, session, channel),
        };
    }

    /// <summary>
    /// The session of a message: it must exist, belong to the request's user (a clientId is
    /// bound to its user) and, over long-polling, to the request's BAYEUX_BROWSER (docs/cometd-behaviour.md#browser-cookie). A
    /// foreign clientId is answered like an unknown one, so ids of other users cannot be probed.
    /// </summary>
    private BayeuxSession? FindSession(JsonObject message, BatchContext context)
    {
        var session = server.FindSession(JsonRead.String(message, Fields.ClientId));
        if (session is null || !string.Equals(session.UserId, context.UserId, StringComparison.Ordinal))
        {
            return null;
        }
        if (context.LongPolling && (context.BrowserCookie is null
            || (session.BrowserId is not null && !string.Equals(session.BrowserId, context.BrowserCookie, StringComparison.Ordinal))))
        {
            return null;
        }
        return session;
    }

    private JsonObject Handshake(JsonObject message, JsonObject reply, BatchContext context, BatchOutcome outcome)
    {
        var browser = context.BrowserCookie;
        if (browser is null && context.LongPolling)
        {
            browser = BayeuxServer.NewToken(20);
            outcome.NewBrowserCookie = browser;
        }
        var ack = Options.AckEnabled && JsonRead.Bool(message[Fields.Ext] as JsonObject, Fields.Ack) == true;
        if (server.CreateSession(context.UserId, browser, ack) is not { } session)
        {
            // At the bound (BayeuxServerOptions.MaxSessions): handshake again once abandoned sessions have expired.
            reply[Fields.Successful] = false;
            reply[Fields.Error] = BayeuxErrors.SessionLimit;
            reply[Fields.Advice] = new JsonObject { [Advice.Reconnect] = Advice.ReconnectHandshake, [Advice.Interval] = Options.MaxInterval };
            return reply;
        }
        reply[Fields.Successful] = true;
        reply[Fields.ClientId] = session.Id;
        reply[Fields.Version] = BayeuxServerWords.Version;
        var types = new JsonArray(ConnectionTypes.LongPolling);
        if (Options.WebSocketEnabled)
        {
            types.Insert(0, ConnectionTypes.WebSocket);
        }
        reply[Fields.SupportedConnectionTypes] = types;
        reply[Fields.Advice] = ServerAdvice();
        if (ack)
        {
            reply[Fields.Ext] = new JsonObject { [Fields.Ack] = true };
        }
        return reply;
    }

    /// <summary>Connect, following docs/cometd-behaviour.md#superseded-connect and docs/cometd-behaviour.md#server-hold-rules; the transport waits for <see cref="ConnectStep.Held"/>.</summary>
    private JsonObject Connect(JsonObject message, JsonObject reply, BayeuxSession session, BatchContext context, BatchOutcome outcome, bool alone)
    {
        // ext.ack and advice.timeout are integers (Bayeux spec: "advice"; the ack extension): a fraction or a
        // string is refused, not truncated, and the session is left as it was (Support/Bayeux JsonRead).
        var ext = message[Fields.Ext] as JsonObject;
        var clientAdvice = message[Fields.Advice] as JsonObject;
        if (JsonRead.IsNotInteger(ext, Fields.Ack))
        {
            return BayeuxJson.Fail(reply, BayeuxErrors.NotAnInteger($"{Fields.Ext}.{Fields.Ack}"));
        }
        if (JsonRead.IsNotInteger(clientAdvice, Advice.Timeout))
        {
            return BayeuxJson.Fail(reply, BayeuxErrors.NotAnInteger($"{Fields.Advice}.{Advice.Timeout}"));
        }
        var ackValue = JsonRead.Long(ext, Fields.Ack);
        var first = session.BeginConnect(ackValue);
        if (session.IsRemoved)
        {
            return BayeuxJson.SessionUnknown(reply, withAdvice: true); // swept between lookup and now
        }
        reply[Fields.Successful] = true;
        if (first || clientAdvice is not null)
        {
            reply[Fields.Advice] = ServerAdvice(); // reAdvise, docs/cometd-behaviour.md#advice-defaults
        }
        // The client's advice.timeout applies to this connect only (advice.timeout:0 = reply now, Bayeux spec: "advice").
        var holdMs = JsonRead.Long(clientAdvice, Advice.Timeout) is { } t && t >= 0 ? (int)Math.Min(t, int.MaxValue) : Options.Timeout;
        HeldConnect? held = null;
        if (alone && !first && holdMs > 0)
        {
            if (context.LongPolling && session.BrowserId is { } browser && Options.MaxSessionsPerBrowser >= 0
                && server.HeldLongPolls(browser, session) >= Options.MaxSessionsPerBrowser)
            {
                // Answered at once, but still a connect reply: it sets the expiry and carries events.
                outcome.Connects.Add(new ConnectStep(session, MultipleClients(reply), null, 0));
                return reply;
            }
            held = session.TryHold(context.LongPolling);
        }
        outcome.Connects.Add(new ConnectStep(session, reply, held, holdMs));
        return reply;
    }

    /// <summary>A browser already holds its allowed long polls: poll instead, or be refused (docs/cometd-behaviour.md#browser-cookie).</summary>
    private JsonObject MultipleClients(JsonObject reply)
    {
        var advice = new JsonObject { [BayeuxServerWords.MultipleClients] = true };
        if (Options.MultiSessionInterval > 0)
        {
            advice[Advice.Reconnect] = Advice.ReconnectRetry;
            advice[Advice.Interval] = Options.MultiSessionInterval;
        }
        else
        {
            reply[Fields.Successful] = false;
            advice[Advice.Reconnect] = Advice.ReconnectNone;
        }
        reply[Fields.Advice] = advice;
        return reply;
    }

    private JsonObject Subscribe(JsonObject message, JsonObject reply, BayeuxSession session, bool subscribe)
    {
        var subscription = message[Fields.Subscription];
        if (subscription is not null)
        {
            reply[Fields.Subscription] = subscription.DeepClone();
        }
        if (subscription is null)
        {
            return BayeuxJson.Fail(reply, BayeuxErrors.SubscriptionMissing);
        }
        List<string?> patterns = subscription switch
        {
            JsonValue v when v.TryGetValue<string>(out var one) => [one],
            JsonArray many => many.Select(n => n is JsonValue e && e.TryGetValue<string>(out var s) ? s : null).ToList(),
            _ => [null],
        };
        // Remote clients may not subscribe to meta channels (docs/cometd-behaviour.md#wildcard-meta).
        if (patterns.Count == 0 || patterns.Any(p => p is null || !ChannelPattern.IsValidPattern(p) || ChannelPattern.IsMeta(p)))
        {
            return BayeuxJson.Fail(reply, BayeuxErrors.SubscriptionInvalid);
        }
        // /service/** subscriptions are accepted but not recorded: service messages are never broadcast (Bayeux spec: "Service Channels").
        var recorded = patterns.Cast<string>().Where(p => !p.StartsWith(BayeuxServerWords.ServicePrefix, StringComparison.Ordinal));
        if (subscribe)
        {
            if (!session.Subscribe(recorded, Options.MaxSubscriptions))
            {
                return BayeuxJson.Fail(reply, BayeuxErrors.SubscriptionLimit);
            }
        }
        else
        {
            session.Unsubscribe(recorded);
        }
        reply[Fields.Successful] = true;
        return reply;
    }

    private JsonObject Disconnect(JsonObject reply, BayeuxSession session)
    {
        server.RemoveSession(session, ConnectRelease.Disconnected);
        reply[Fields.Successful] = true;
        return reply;
    }

    private JsonObject Publish(JsonObject message, JsonObject reply, BayeuxSession session, string channel)
    {
        if (!ChannelPattern.IsValidName(channel))
        {
            return BayeuxJson.Fail(reply, BayeuxErrors.ChannelInvalid); // no publish to a wildcard (Bayeux spec: "Channel Globbing")
        }
        if (!Options.AllowClientPublish)
        {
            return BayeuxJson.Fail(reply, BayeuxErrors.PublishDenied);
        }
        if (!ChannelPattern.IsService(channel))
        {
            server.PublishFromClient(session, channel, message[Fields.Data]);
        }
        reply[Fields.Successful] = true;
        return reply;
    }

    private JsonObject ServerAdvice() => new()
    {
        [Advice.Reconnect] = Advice.ReconnectRetry,
        [Advice.Timeout] = Options.Timeout,
        [Advice.Interval] = Options.Interval,
    };
}
