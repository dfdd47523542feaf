using System.Text.Json.Nodes;
using Conformance.GwsProtocol;

namespace Conformance.MockServer.Gws;

/// <summary>
/// A synchronous answer: statusCode 0 with its payload, or an error with statusMessage and nothing
/// else ("Return Values").
/// </summary>
public sealed record ApiResult(int StatusCode, string? StatusMessage, JsonObject? Payload)
{
    public static ApiResult Ok(JsonObject? payload = null) => new(GwsStatusCodes.Ok, null, payload);

    public static ApiResult Accepted(int referenceId) =>
        Ok(new JsonObject { [ResponseFields.ReferenceId] = referenceId });

    public static ApiResult Fail(int statusCode, string message) => new(statusCode, message, null);

    public static ApiResult NotFound(string what) => Fail(GwsStatusCodes.ResourceNotFound, $"{what} not found");

    public bool IsOk => StatusCode == GwsStatusCodes.Ok;

    public JsonObject ToJson()
    {
        var body = new JsonObject { [ResponseFields.StatusCode] = StatusCode };
        if (StatusMessage is not null)
        {
            body[ResponseFields.StatusMessage] = StatusMessage;
        }

        if (Payload is not null)
        {
            foreach (var (name, value) in Payload)
            {
                body[name] = value?.DeepClone();
            }
        }

        return body;
    }
}
