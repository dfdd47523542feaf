using System.Text.Json.Nodes;
using Conformance.GwsProtocol;
using Conformance.MockServer.Hosting;
using Conformance.MockServer.Input;
using Microsoft.Extensions.Options;

namespace Conformance.MockServer.Gws.Http;

/// <summary>Reading request bodies and writing <see cref="ApiResult"/>s, the same way for every endpoint.</summary>
internal sealed class ApiHttp(IOptions<MockServerOptions> options, DeviationSwitches deviations, DeviationFilters filters)
{
    /// <summary>The body of a write as a JSON object, or the error to answer (never an exception).</summary>
    public async Task<(JsonObject? Body, ApiResult? Error, int HttpStatus)> ReadObjectAsync(HttpContext context)
    {
        var max = options.Value.MaxBodyBytes;
        if (await BoundedBody.ReadAsync(context.Request, max, context.RequestAborted) is not { } bytes)
        {
            return (null, ApiResult.Fail(GwsStatusCodes.InputValidationError, $"Request body exceeds {max} bytes"),
                Microsoft.AspNetCore.Http.StatusCodes.Status413PayloadTooLarge);
        }

        var (body, rejection) = StrictJson.ParseObject(bytes);
        return rejection is null
            ? (body, null, 0)
            : (null, ApiResult.Fail(GwsStatusCodes.InputValidationError, rejection.Message), 0);
    }

    public Task WriteAsync(HttpContext context, ApiResult result, int httpStatusOverride = 0)
    {
        if (!result.IsOk && deviations.IsOn(Deviation.WrongStatusCode))
        {
            result = result with
            {
                StatusCode = result.StatusCode == GwsStatusCodes.ParameterInvalidForState
                    ? GwsStatusCodes.InputValidationError
                    : GwsStatusCodes.ParameterInvalidForState,
            };
        }

        context.Response.StatusCode = options.Value.AlwaysHttp200
            ? Microsoft.AspNetCore.Http.StatusCodes.Status200OK
            : httpStatusOverride != 0 ? httpStatusOverride : StatusMapping.HttpStatusFor(result.StatusCode);
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(filters.Response(result.ToJson()).ToJsonString(), context.RequestAborted);
    }

    /// <summary>Answers the request with <paramref name="result"/> (every endpoint's way of writing, through the request's <see cref="ApiHttp"/>).</summary>
    public static Task Write(HttpContext context, ApiResult result) =>
        context.RequestServices.GetRequiredService<ApiHttp>().WriteAsync(context, result);

    /// <summary>Reads the body as a JSON object and answers <paramref name="action"/>'s result, or the refusal of an unreadable body.</summary>
    public static async Task Post(HttpContext context, Func<JsonObject, ApiResult> action)
    {
        var http = context.RequestServices.GetRequiredService<ApiHttp>();
        var (body, error, status) = await http.ReadObjectAsync(context);
        await http.WriteAsync(context, error ?? action(body!), status);
    }

    /// <summary>
    /// A task that completes once the response has gone out, so the notifications a request causes
    /// follow its answer.
    /// </summary>
    public static Task ResponseSent(HttpContext context)
    {
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        context.Response.OnCompleted(() =>
        {
            sent.TrySetResult();
            return Task.CompletedTask;
        });
        return sent.Task;
    }
}
