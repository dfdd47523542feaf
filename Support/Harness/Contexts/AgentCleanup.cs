using System.Text.Json.Nodes;
using Conformance.GwsProtocol;

namespace Conformance.Harness.Contexts;

/// <summary>
/// Leaves an account as the next scenario needs it: offers rejected, chats and SMS sessions completed,
/// IM sessions completed (one at a time per agent, "IM Session API: InitiateIMSession"), the contact-center session ended.
/// Best effort: the scenario's verdict is already in, so clean-up failures are not reported as its own.
/// </summary>
public static class AgentCleanup
{
    public static async Task CloseEverythingAsync(AgentSession agent, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var me = await agent.Http.GetAsync($"{ApiPaths.Me}?{Parameters.Subresources}={Parameters.AllFields}", deadline.Token);
        if (me.Json?[ResponseFields.User] is JsonObject user)
        {
            foreach (var media in MediaKind.ChatLike.Append(MediaKind.ImSession))
            {
                foreach (var item in (user[media.CollectionKey] as JsonArray)?.OfType<JsonObject>() ?? [])
                {
                    if (Closing(media, item) is { } operation && item[ResourceFields.Id]?.ToString() is { } id)
                    {
                        await agent.Http.PostAsync($"{media.MeCollectionPath}/{id}", new JsonObject { [Parameters.OperationName] = operation }, deadline.Token);
                    }
                }
            }
        }

        foreach (var (userId, media) in agent.Monitoring)
        {
            await agent.Http.PostAsync(SupervisorProtocol.ChannelPath(userId, media.AgentChannel),
                new JsonObject { [Parameters.OperationName] = Operations.CancelSupervisorMonitoring }, deadline.Token);
        }

        await agent.Http.PostAsync(ApiPaths.Me, new JsonObject { [Parameters.OperationName] = Operations.EndContactCenterSession }, deadline.Token);
    }

    private static string? Closing(MediaKind media, JsonObject item) => item[ResourceFields.State]?.ToString() switch
    {
        InteractionStates.Invited => Operations.Reject,

        // A supervisor's copy offers Leave, not Complete (Chat API: Cancel Supervisor Monitoring: "use Leave").
        InteractionStates.Chatting when (item[ResourceFields.Capabilities] as JsonArray)?.Any(c => c?.ToString() == Operations.Complete) == false => Operations.Leave,
        InteractionStates.Chatting or InteractionStates.LeftChat => Operations.Complete,
        ImSessionStates.Initiating or ImSessionStates.Alerting or ImSessionStates.Talking when media == MediaKind.ImSession => Operations.Complete,
        _ => null,
    };
}
