using Conformance.GwsProtocol;
using Conformance.MockServer.Directory;
using Conformance.MockServer.Gws.Handlers;
using static Conformance.MockServer.Gws.Http.ApiHttp;
using static Conformance.MockServer.Gws.Http.GwsSecurityMiddleware;

namespace Conformance.MockServer.Gws.Http;

/// <summary>The GWS REST surface ("Interpreting a Response", the resource pages, the operation pages). Every answer is an <see cref="ApiResult"/>.</summary>
internal static class GwsEndpoints
{
    public static void MapGwsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(ApiPaths.Me, (HttpContext c, Queries q, UserDirectory d) =>
            Write(c, q.Me(d.FindById(UserId(c))!, c.Request.Query[Parameters.Subresources].Count > 0)));
        app.MapPost(ApiPaths.Me, (HttpContext c, AgentStateOperations ops) =>
            Post(c, body => ops.OnMeResource(UserId(c), body, ApiHttp.ResponseSent(c))));
        app.MapGet(ApiPaths.MeChannels, (HttpContext c, Queries q) => Write(c, q.Channels(UserId(c))));
        app.MapPost(ApiPaths.MeChannels + "/{channel}", (HttpContext c, string channel, AgentStateOperations ops) =>
            Post(c, body => ops.OnChannelResource(UserId(c), channel, body, ApiHttp.ResponseSent(c))));

        app.MapGet(ApiPaths.Users + "/{id}", (HttpContext c, string id, Queries q) => Write(c, q.User(id)));
        app.MapGet(ApiPaths.Contacts, (HttpContext c, Queries q) => Write(c, q.Contacts()));
        app.MapGet(ApiPaths.Queues, (HttpContext c, Queries q) => Write(c, q.Queues(WantsFields(c))));

        app.MapGet(ApiPaths.Me + "/{media}", (HttpContext c, string media, Queries q) =>
            WithMedia(c, media, kind => Write(c, ApiResult.Ok(kind == MediaKind.ImSession
                ? q.ImCollection(UserId(c), WantsFields(c))
                : q.Collection(UserId(c), kind, WantsFields(c))))));
        app.MapPost(ApiPaths.Me + "/{media}", (HttpContext c, string media, ImOperations im) =>
            WithMedia(c, media, kind => kind == MediaKind.ImSession
                ? Post(c, body => im.InitiateSession(UserId(c), body, ApiHttp.ResponseSent(c)))
                : Post(c, _ => ApiResult.Fail(GwsStatusCodes.InputValidationError, $"No operation on the {kind.CollectionSegment} collection"))));
        app.MapGet(ApiPaths.Me + "/{media}/{id}", (HttpContext c, string media, string id, Queries q) =>
            WithMedia(c, media, kind => Write(c, q.Item(UserId(c), kind, id))));
        app.MapPost(ApiPaths.Me + "/{media}/{id}", (HttpContext c, string media, string id, InteractionOperations ops, ImOperations im) =>
            WithMedia(c, media, kind => Post(c, body => kind == MediaKind.ImSession
                ? im.Execute(UserId(c), id, body, ApiHttp.ResponseSent(c))
                : ops.Execute(UserId(c), kind, id, body, ApiHttp.ResponseSent(c)))));
        app.MapGet(ApiPaths.Me + "/{media}/{id}/" + ApiPaths.MessagesSegment, (HttpContext c, string media, string id, Queries q) =>
            WithMedia(c, media, kind => kind == MediaKind.ImSession
                ? Write(c, ApiResult.NotFound("IM session messages"))
                : Write(c, q.Messages(UserId(c), kind, id, c.Request.Query[Parameters.StartIndex], c.Request.Query[Parameters.Count]))));

        app.MapResourceLinks();

        // Anything else under /api/v2 is an unknown resource, answered in the GWS shape.
        app.Map(ApiPaths.Prefix + "/{**rest}", (HttpContext c) => Write(c, ApiResult.NotFound("Resource")));
    }

    private static bool WantsFields(HttpContext context) => context.Request.Query[Parameters.Fields].Count > 0;

    private static Task WithMedia(HttpContext context, string segment, Func<MediaKind, Task> action)
    {
        var kind = MediaKind.ChatLike.Append(MediaKind.ImSession).FirstOrDefault(m => m.CollectionSegment == segment);
        return kind is null ? Write(context, ApiResult.NotFound("Resource")) : action(kind);
    }
}
