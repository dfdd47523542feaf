namespace Conformance.MockServer.Hosting.Memory;

/// <summary>Notes every request in <see cref="RequestActivity"/>; one interlocked increment, nothing else.</summary>
internal sealed class RequestActivityMiddleware(RequestDelegate next, RequestActivity activity)
{
    public Task InvokeAsync(HttpContext context)
    {
        activity.Note();
        return next(context);
    }
}
