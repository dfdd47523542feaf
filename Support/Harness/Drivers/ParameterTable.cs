using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.GwsProtocol;
using Conformance.Harness.Contexts;

namespace Conformance.Harness.Drivers;

/// <summary>
/// Turns a "| parameter | value |" table into request-body fields (Features/README.md): "(absent)"
/// leaves a field out, "uri of agent "Bob"" and its siblings name what the target knows of an agent,
/// JSON objects and true/false are sent as JSON, a destination is wrapped as {"phoneNumber": ...}
/// ("IM Session API: InitiateIMSession"). Defaults fill whatever the table does not mention.
/// </summary>
public static partial class ParameterTable
{
    public const string Absent = "(absent)";

    public static JsonObject Build(
        IReadOnlyDictionary<string, JsonNode?> defaults,
        IEnumerable<(string Name, string Value)> rows,
        ScenarioAgents agents)
    {
        var body = new JsonObject();
        foreach (var (name, value) in defaults)
        {
            body[name] = value?.DeepClone();
        }

        foreach (var (name, value) in rows)
        {
            body.Remove(name);
            if (value.Trim() != Absent)
            {
                body[name] = Resolve(name, value.Trim(), agents);
            }
        }

        return body;
    }

    public static JsonNode? Resolve(string name, string value, ScenarioAgents agents)
    {
        var reference = AgentReference().Match(value);
        if (reference.Success)
        {
            var agent = agents.Get(reference.Groups["role"].Value);
            var text = reference.Groups["what"].Value switch
            {
                "uri" => agent.UserUri,
                "path" => agent.UserPath,
                "phone number" => agent.PhoneNumber,
                "device path" => agent.DevicePath,
                var other => throw new FormatException($"\"{other} of agent\" is not one of uri, path, phone number, device path"),
            };
            return name == Parameters.Destination ? Destination(text) : JsonValue.Create(text);
        }

        if (value.StartsWith('{') || value.StartsWith('['))
        {
            return JsonNode.Parse(value);
        }

        return value switch
        {
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            _ when name == Parameters.Destination => Destination(value),
            _ => JsonValue.Create(value),
        };
    }

    /// <summary>The destination of InitiateIMSession and IM SendMessage ("IM Session API: InitiateIMSession").</summary>
    public static JsonObject Destination(string phoneNumber) => new() { [Parameters.PhoneNumber] = phoneNumber };

    [GeneratedRegex("^(?<what>uri|path|phone number|device path) of agent \"(?<role>[^\"]+)\"$")]
    private static partial Regex AgentReference();
}
