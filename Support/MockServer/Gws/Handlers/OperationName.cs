using System.Text.Json.Nodes;
using Conformance.GwsProtocol;

namespace Conformance.MockServer.Gws.Handlers;

/// <summary>
/// The operationName every operation POST carries ("Interpreting a Response"): missing is statusCode 1,
/// anything but a string or a name the resource does not take is statusCode 10. One reading for every
/// handler, so each resource refuses it in the same words.
/// </summary>
internal static class OperationName
{
    /// <summary>The refusal of a missing or non-string operationName, or null with <paramref name="operation"/> set.</summary>
    public static ApiResult? Read(JsonObject body, out string operation)
    {
        if (body[Parameters.OperationName] is JsonValue value && value.TryGetValue<string>(out var name))
        {
            operation = name;
            return null;
        }

        operation = string.Empty;
        return body.ContainsKey(Parameters.OperationName)
            ? ApiResult.Fail(GwsStatusCodes.InputValidationError, "operationName must be a string")
            : ApiResult.Fail(GwsStatusCodes.ParameterMissing, "operationName is missing");
    }

    /// <summary>A string operationName the resource does not take.</summary>
    public static ApiResult Unknown(string operation) =>
        ApiResult.Fail(GwsStatusCodes.InputValidationError, $"Unknown operationName '{operation}'");
}
