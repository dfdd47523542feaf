using Conformance.Bayeux.Protocol;

namespace Conformance.MockServer.Bayeux;

/// <summary>
/// Bayeux over HTTP long-polling (Bayeux spec: "The long-polling Transport"): POST a JSON array, get a JSON array. The same
/// handler serves the base path and every sub-path; routing is on the channel field.
/// </summary>
internal sealed class LongPollingTransport(BayeuxServer server)
{
    private readonly BayeuxBatchProcessor _processor = new(server);

    public async Task HandleAsync(HttpContext context)
    {
        var userId = BayeuxRequest.UserOf(context);
        if (userId is null)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        var body = await BayeuxRequest.ReadBodyAsync(context, server.Options.MaxMessageBytes);
        if (body is null)
        {
            return; // status already set (413)
        }
        var messages = BayeuxJson.ParseBatch(body.Value, out var rejection);
        if (messages is null)
        {
            await RefuseAsync(context, BayeuxErrors.MessageInvalid(rejection!.Fault)); // HTTP-level errors, docs/cometd-behaviour.md#arrays-only
            return;
        }
        server.CountBatch(longPolling: true);
        var cookie = context.Request.Cookies[Cookies.BayeuxBrowser];
        var outcome = _processor.Process(messages, new BatchContext(userId, cookie, LongPolling: true));
        if (outcome.HandshakeNotAlone)
        {
            // cometd-nodejs-server answers 500, Java fails the request (docs/cometd-behaviour.md#arrays-only); a client error, so 400 here.
            await RefuseAsync(context, BayeuxErrors.HandshakeNotAlone);
            return;
        }
        if (outcome.NewBrowserCookie is { } browser)
        {
            context.Response.Cookies.Append(Cookies.BayeuxBrowser, browser, new CookieOptions
            {
                HttpOnly = true,
                Path = server.Options.BrowserCookiePath,
            });
        }
        BatchResponse response;
        try
        {
            response = await ConnectCompletion.CompleteAsync(server, outcome, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // nobody to answer
        }
        if (response.Superseded && server.Options.DuplicateMetaConnectHttpResponseCode is { } status)
        {
            // An older long poll replaced by a newer connect: empty body, CometD's status when asked for (docs/cometd-behaviour.md#superseded-connect).
            context.Response.StatusCode = status;
            return;
        }
        var bytes = BayeuxJson.Response(response.Events, response.Replies);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json;charset=UTF-8";
        context.Response.Headers.CacheControl = "no-cache, no-store";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>HTTP 400 whose body is one failed reply naming the reason, so a client that reads it sees why.</summary>
    internal static async Task RefuseAsync(HttpContext context, string error)
    {
        var refusal = BayeuxJson.Response([], [BayeuxJson.Fail([], error)]);
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "application/json;charset=UTF-8";
        context.Response.ContentLength = refusal.Length;
        await context.Response.Body.WriteAsync(refusal, context.RequestAborted);
    }
}
