using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Gws.Domain;
using Conformance.MockServer.Gws.Notifications;
using static Conformance.MockServer.Gws.Handlers.ParameterRule;

namespace Conformance.MockServer.Gws.Handlers;

/// <summary>
/// The agent's own session and channel states ("StartContactCenterSession", "Agent State Control: Ready"; docs/inferences.md#agent-initial-state). These answer
/// synchronously with {"statusCode":0}; a state change is also announced with
/// ChannelStateChangeMessageV2 on /v2/me/channels. StartContactCenterSession logs the channels in
/// NotReady: the docs name no initial state, and routing must wait for an explicit Ready.
/// </summary>
internal sealed class AgentStateOperations(DomainContext context, Router router)
{
    /// <summary>The channel names StartContactCenterSession accepts ("StartContactCenterSession"; smssession per docs/inferences.md#media-channel-names).</summary>
    internal static readonly HashSet<string> KnownChannels = new(StringComparer.OrdinalIgnoreCase)
    {
        MediaChannels.Voice, MediaChannels.Chat, MediaChannels.Email, MediaChannels.Workitem,
        MediaChannels.SmsSession, MediaChannels.InstantMessaging,
    };

    private static readonly Dictionary<string, Signature> OnMe = new(StringComparer.Ordinal)
    {
        [Operations.StartContactCenterSession] = Signature.Of(
            Mandatory(Parameters.Channels, ParameterKind.TextList), Optional(Parameters.Place)),
        [Operations.EndContactCenterSession] = Signature.None,
        [Operations.Ready] = Signature.None,
        [Operations.NotReady] = Signature.None,
    };

    private static readonly Dictionary<string, Signature> OnChannel = new(StringComparer.Ordinal)
    {
        [Operations.Ready] = Signature.None,
        [Operations.NotReady] = Signature.None,
    };

    /// <summary>POST /api/v2/me.</summary>
    public ApiResult OnMeResource(string userId, JsonObject body, Task? gate)
    {
        if (Check(body, OnMe) is { } error)
        {
            return error;
        }

        var operation = body[Parameters.OperationName]!.GetValue<string>();
        var requested = operation == Operations.StartContactCenterSession
            ? body[Parameters.Channels]!.AsArray().Select(c => c!.GetValue<string>()).ToList()
            : [];
        if (requested.Count > 0 && requested.All(c => !KnownChannels.Contains(c)))
        {
            return ApiResult.Fail(GwsStatusCodes.InputValidationError, $"Unknown channel '{requested[0]}'");
        }

        lock (context.State.Gate)
        {
            var agent = context.State.Agent(userId);
            var notify = context.NewBatch();
            switch (operation)
            {
                case Operations.StartContactCenterSession:
                    agent.SessionActive = true;
                    foreach (var channel in requested.Where(KnownChannels.Contains).Select(c => c.ToLowerInvariant()))
                    {
                        SetState(agent, channel, UserStates.NotReady, notify);
                    }

                    if (requested.Any(c => !KnownChannels.Contains(c)))
                    {
                        router.OfferWaiting(notify);
                        context.Publish(notify, gate);
                        return SessionStart.PartialSuccess(requested, KnownChannels);
                    }

                    break;
                case Operations.EndContactCenterSession:
                    foreach (var channel in agent.ChannelStates.Keys.ToList())
                    {
                        SetState(agent, channel, UserStates.NotReady, notify);
                    }

                    agent.SessionActive = false;
                    agent.ChannelStates.Clear();
                    break;
                default:
                    if (!agent.SessionActive)
                    {
                        return ApiResult.Fail(GwsStatusCodes.ParameterInvalidForState, GwsStatusCodes.InvalidStateMessage);
                    }

                    foreach (var channel in agent.ChannelStates.Keys.ToList())
                    {
                        SetState(agent, channel, StateOf(operation), notify, silent: context.Deviations.IsOn(Hosting.Deviation.SkipChannelStateChange));
                    }

                    break;
            }

            router.OfferWaiting(notify);
            context.Publish(notify, gate);
            return ApiResult.Ok();
        }
    }

    /// <summary>POST /api/v2/me/channels/{channel}.</summary>
    public ApiResult OnChannelResource(string userId, string channel, JsonObject body, Task? gate)
    {
        if (Check(body, OnChannel) is { } error)
        {
            return error;
        }

        lock (context.State.Gate)
        {
            var agent = context.State.Agent(userId);
            if (!agent.SessionActive || !agent.ChannelStates.ContainsKey(channel))
            {
                return ApiResult.Fail(GwsStatusCodes.ParameterInvalidForState, GwsStatusCodes.InvalidStateMessage);
            }

            var notify = context.NewBatch();
            SetState(agent, channel.ToLowerInvariant(), StateOf(body[Parameters.OperationName]!.GetValue<string>()), notify);
            router.OfferWaiting(notify);
            context.Publish(notify, gate);
            return ApiResult.Ok();
        }
    }

    /// <summary>Control API: make an agent ready or unavailable without its own request.</summary>
    public void Force(string userId, string? channel, string state)
    {
        lock (context.State.Gate)
        {
            var agent = context.State.Agent(userId);
            var notify = context.NewBatch();
            if (state == UserStates.Ready)
            {
                agent.SessionActive = true;
            }

            var channels = channel is null ? agent.ChannelStates.Keys.ToList() : [channel.ToLowerInvariant()];
            if (channel is null && state == UserStates.Ready && channels.Count == 0)
            {
                channels = [MediaChannels.Chat, MediaChannels.SmsSession];
            }

            foreach (var name in channels)
            {
                SetState(agent, name, state, notify);
            }

            router.OfferWaiting(notify);
            context.Publish(notify, gate: null);
        }
    }

    /// <summary>The channels resource of one agent ("Channels Resource").</summary>
    public JsonArray Channels(string userId)
    {
        lock (context.State.Gate)
        {
            return [.. context.State.Agent(userId).ChannelStates.Select(c => (JsonNode)ChannelJson(c.Key, c.Value))];
        }
    }

    /// <summary>The state of one logged-in channel, or null when the agent has not logged it in.</summary>
    public string? ChannelStateOf(string userId, string channel)
    {
        lock (context.State.Gate)
        {
            var agent = context.State.Agent(userId);
            return agent.SessionActive ? agent.ChannelStates.GetValueOrDefault(channel) : null;
        }
    }

    private void SetState(AgentRuntime agent, string channel, string state, NotificationBatch notify, bool silent = false)
    {
        var before = agent.ChannelStates.GetValueOrDefault(channel, UserStates.NotReady);
        agent.ChannelStates[channel] = state;
        if (!silent)
        {
            notify.ChannelState(agent.UserId, ChannelJson(channel, context.Deviations.IsOn(Hosting.Deviation.ChannelStateStale) ? before : state));
        }
    }

    internal static JsonObject ChannelJson(string channel, string state) => new()
    {
        [DirectoryFields.Channel] = channel,
        [DirectoryFields.DndState] = UserStates.DndOff,
        [DirectoryFields.UserState] = new JsonObject
        {
            [DirectoryFields.Id] = state == UserStates.Ready ? UserStates.ReadyId : UserStates.NotReadyId,
            [DirectoryFields.DisplayName] = state == UserStates.Ready ? UserStates.ReadyDisplayName : UserStates.NotReadyDisplayName,
            [DirectoryFields.State] = state,
        },
    };

    private static string StateOf(string operation) => operation == Operations.Ready ? UserStates.Ready : UserStates.NotReady;

    private static ApiResult? Check(JsonObject body, Dictionary<string, Signature> operations)
    {
        if (OperationName.Read(body, out var name) is { } nameError)
        {
            return nameError;
        }

        return operations.TryGetValue(name, out var signature)
            ? signature.Validate(body)
            : OperationName.Unknown(name);
    }
}
