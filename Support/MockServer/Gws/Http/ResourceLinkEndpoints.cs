using Conformance.GwsProtocol;
using Conformance.MockServer.Gws.Handlers;
using Conformance.MockServer.Hosting;
using static Conformance.MockServer.Gws.Http.ApiHttp;
using static Conformance.MockServer.Gws.Http.GwsSecurityMiddleware;

namespace Conformance.MockServer.Gws.Http;

/// <summary>
/// The <c>uri</c> and <c>path</c> that every chat, SMS and IM resource carries name
/// <c>/api/v2/chats/{id}</c> (not <c>/api/v2/me/chats/{id}</c>), as the doc samples do. A client may
/// follow them, so a GET there answers what the agent's own view answers, messages included.
/// </summary>
internal static class ResourceLinkEndpoints
{
    public static void MapResourceLinks(this IEndpointRouteBuilder app)
    {
        foreach (var media in MediaKind.ChatLike.Append(MediaKind.ImSession))
        {
            var item = ApiPaths.Prefix + media.ResourcePath("{id}");
            app.MapGet(item, (HttpContext c, string id, Queries q) =>
                Write(c, Unresolved(c) ?? q.Item(UserId(c), media, id)));
            if (media != MediaKind.ImSession)
            {
                app.MapGet(item + "/" + ApiPaths.MessagesSegment, (HttpContext c, string id, Queries q) =>
                    Write(c, Unresolved(c) ?? q.Messages(UserId(c), media, id, c.Request.Query[Parameters.StartIndex], c.Request.Query[Parameters.Count])));
            }
        }
    }

    private static ApiResult? Unresolved(HttpContext context) =>
        context.RequestServices.GetRequiredService<DeviationSwitches>().IsOn(Deviation.ResourceLinksUnresolved)
            ? ApiResult.NotFound("Resource")
            : null;
}
