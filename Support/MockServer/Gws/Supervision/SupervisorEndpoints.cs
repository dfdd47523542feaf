using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Gws.Http;

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
                Post(c, body => ops.OnAgentChannel(CallerId(c), userId, media, body)));
            app.MapPost(SupervisorProtocol.InteractionPath("{userId}", media, "{id}"), (HttpContext c, string userId, string id, SupervisorOperations ops) =>
                Post(c, body => ops.Intrude(CallerId(c), userId, media, id, body, ApiHttp.ResponseSent(c))));
        }
    }

    private static string CallerId(HttpContext context) => (string)context.Items[GwsSecurityMiddleware.UserIdItem]!;

    private static async Task Post(HttpContext context, Func<JsonObject, ApiResult> operation)
    {
        var http = context.RequestServices.GetRequiredService<ApiHttp>();
        var (body, error, status) = await http.ReadObjectAsync(context);
        await http.WriteAsync(context, error ?? operation(body!), status);
    }
}
