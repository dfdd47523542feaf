using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;

namespace Conformance.MockServer.Gws.Handlers;

/// <summary>
/// The parameter table of one operation (its doc page's Parameters table). <see cref="ExactlyOneOf"/> holds parameters of
/// which one and only one must be given ("targetUri or targetPath, one M").
/// </summary>
internal sealed record Signature(IReadOnlyList<ParameterRule> Rules, IReadOnlyList<string>? ExactlyOneOf = null)
{
    public static Signature None { get; } = new([]);

    public static Signature Of(params ParameterRule[] rules) => new(rules);

    /// <summary>Checks a body; null when valid, else the synchronous error (missing 1, anything else 10).</summary>
    public ApiResult? Validate(JsonObject body)
    {
        foreach (var (name, value) in body)
        {
            if (name == Parameters.OperationName)
            {
                continue;
            }

            var rule = Rules.FirstOrDefault(r => r.Name == name);
            if (rule is null)
            {
                return ApiResult.Fail(GwsStatusCodes.InputValidationError, $"Unexpected parameter '{name}'");
            }

            if (!Matches(rule.Kind, value))
            {
                return ApiResult.Fail(GwsStatusCodes.InputValidationError, $"Parameter '{name}' must be {Describe(rule.Kind)}");
            }
        }

        var missing = Rules.FirstOrDefault(r => r.Required && !body.ContainsKey(r.Name));
        if (missing is not null)
        {
            return ApiResult.Fail(GwsStatusCodes.ParameterMissing, $"Parameter '{missing.Name}' is missing");
        }

        if (ExactlyOneOf is { } group)
        {
            var given = group.Count(body.ContainsKey);
            if (given == 0)
            {
                return ApiResult.Fail(GwsStatusCodes.ParameterMissing, $"One of {string.Join(", ", group)} is required");
            }

            if (given > 1)
            {
                return ApiResult.Fail(GwsStatusCodes.InputValidationError, $"Only one of {string.Join(", ", group)} may be given");
            }
        }

        return null;
    }

    private static bool Matches(ParameterKind kind, JsonNode? value) => kind switch
    {
        ParameterKind.Text => value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0,
        ParameterKind.Boolean => value is JsonValue v
            && (v.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                || (v.TryGetValue<string>(out var s) && s is "true" or "false")),
        ParameterKind.Object => value is JsonObject,
        ParameterKind.TextList => value is JsonArray a && a.Count > 0
            && a.All(e => e is JsonValue ev && ev.TryGetValue<string>(out var es) && es.Length > 0),
        ParameterKind.Destination => value is JsonObject o && o.Count == 1
            && o[Parameters.PhoneNumber] is JsonValue p && p.TryGetValue<string>(out var number) && number.Length > 0,
        _ => false,
    };

    private static string Describe(ParameterKind kind) => kind switch
    {
        ParameterKind.Text => "a non-empty string",
        ParameterKind.Boolean => "true or false",
        ParameterKind.Object => "an object",
        ParameterKind.TextList => "a non-empty array of strings",
        ParameterKind.Destination => "an object with a phoneNumber",
        _ => kind.ToString(),
    };
}
