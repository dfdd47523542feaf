using Conformance.GwsProtocol;
using Conformance.MockServer.Gws.Http;
using static Conformance.MockServer.Gws.Http.ApiHttp;
using static Conformance.MockServer.Gws.Http.GwsSecurityMiddleware;

namespace Conformance.MockServer.Gws.Supervision;

/// <summary>
/// The supervisor's routes (Chat API: Monitor, Intrude and their SMS Session API twins). The channel
/// segments are literal, so the routes stay apart from any other <c>/users/{userId}/channels/{channel}</c> route.
/// </summary>
internal static class SupervisorEndpoints
{
    public static void MapSupervisorApi(this IEndpointRouteBuilder app)
    {
        foreach (var media in MediaKind.ChatLike)
        {
            app.MapPost(SupervisorProtocol.ChannelPath("{userId}", media.AgentChannel), (HttpContext c, string userId, SupervisorOperations ops) =>
                Post(c, body => ops.OnAgentChannel(UserId(c), userId, media, body)));
            app.MapPost(SupervisorProtocol.InteractionPath("{userId}", media, "{id}"), (HttpContext c, string userId, string id, SupervisorOperations ops) =>
                Post(c, body => ops.Intrude(UserId(c), userId, media, id, body, ApiHttp.ResponseSent(c))));
        }
    }
}
