using Conformance.GwsProtocol;

namespace Conformance.MockServer.Gws.Http;

/// <summary>
/// The outermost middleware: should a bug still throw, the client gets the documented internal-error
/// envelope (statusCode 4, HTTP 500) instead of an empty 500, and the log names the request. Input
/// errors never get here; the fuzz test in the mock's tests fails on any 5xx, so this only shapes bugs.
/// </summary>
internal sealed class LastResortMiddleware(RequestDelegate next, ILogger<LastResortMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(e, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(
                ApiResult.Fail(GwsStatusCodes.InternalError, "Internal error").ToJson().ToJsonString(), context.RequestAborted);
        }
    }
}
