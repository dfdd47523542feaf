using Conformance.Bayeux.Protocol;

namespace Conformance.MockServer.Bayeux;

/// <summary>
/// Bayeux over WebSocket (docs/cometd-behaviour.md#websocket): the upgrade is a GET at the endpoint path, then one JSON
/// array per text frame each way. Authentication happens once, on the upgrade request.
/// </summary>
internal sealed class WebSocketTransport(BayeuxServer server)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (!server.Options.WebSocketEnabled || !context.WebSockets.IsWebSocketRequest)
        {
            // A plain GET is not Bayeux: cometd-nodejs-server answers 400 too (docs/cometd-behaviour.md#arrays-only); the body says why.
            await LongPollingTransport.RefuseAsync(context, BayeuxErrors.UpgradeRequired);
            return;
        }
        var userId = BayeuxRequest.UserOf(context);
        if (userId is null)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        var cookie = context.Request.Cookies[Cookies.BayeuxBrowser];
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var connection = new WebSocketConnection(server, socket, new BatchContext(userId, cookie, LongPolling: false));
        await connection.RunAsync(context.RequestAborted);
    }
}
