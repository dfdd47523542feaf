using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.GwsProtocol;

namespace MockServer.Tests.Robustness.Fuzz;

/// <summary>
/// Seeded generator of hostile requests across every route of the mock: route parameters from real ids
/// (the agent's own and the other agent's), junk and encoded bytes; bodies that are valid-looking
/// operations with any operationName and parameter (all names read from the protocol constants) and
/// values of any type, the hostile classes of <see cref="HostileBodies"/>, random bytes, deep nesting,
/// oversize bodies and Bayeux batches; credentials right, wrong, absent or cookie-only.
/// The same seed and the same targets give the same sequence.
/// </summary>
internal sealed partial class HostileRequestGenerator(int seed, IReadOnlyList<FuzzRoute> routes, FuzzTargets targets, int maxBodyBytes, string controlPrefix)
{
    private static readonly string[] OperationNames = Constants(typeof(Operations));
    private static readonly string[] ParameterNames = Constants(typeof(Parameters));
    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"];
    private static readonly string[] MediaSegments = [.. MediaKind.ChatLike.Append(MediaKind.ImSession).Select(m => m.CollectionSegment)];
    private static readonly string[] BayeuxChannels = ["/meta/handshake", "/meta/connect", "/meta/subscribe", "/meta/unsubscribe", "/meta/disconnect", "/meta/bogus", "/v2/me/chats", "/v2/me/**", "/a//b", "", "/service/x"];

    private readonly Random _random = new(seed);
    private int _index;

    public FuzzCase Next()
    {
        var route = routes[_random.Next(routes.Count)];
        var method = route.Methods is { Count: > 0 } m && _random.Next(10) > 0 ? m[_random.Next(m.Count)] : Pick(Methods);
        var targetsOther = false;
        var path = RouteParameter().Replace(route.Pattern, match => FillParameter(match.Groups["name"].Value, route.Pattern, ref targetsOther));
        if (_random.Next(20) == 0)
        {
            path += "?" + Pick(["fields=*", "subresources=*", "startIndex=-1&count=99999999999", "startIndex=abc", "count=%FF", "fields"]);
        }

        var isBayeux = path.StartsWith(Topics.NotificationsPath, StringComparison.Ordinal);
        var (kind, body) = method is "GET" or "DELETE" or "OPTIONS" && _random.Next(5) > 0 ? ("no body", null)
            : isBayeux ? BayeuxBody()
            : Body();
        var credentials = path.StartsWith(controlPrefix, StringComparison.Ordinal) ? FuzzCredentials.None : _random.Next(20) switch
        {
            0 => FuzzCredentials.None,
            1 => FuzzCredentials.WrongPassword,
            2 => FuzzCredentials.CookieOnly,
            3 => FuzzCredentials.Garbage,
            _ => FuzzCredentials.Owner,
        };
        return new FuzzCase(++_index, kind, new HttpMethod(method), path, body, credentials, targetsOther && !path.StartsWith(controlPrefix, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z]+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();

    private string FillParameter(string name, string pattern, ref bool targetsOther)
    {
        var onControl = pattern.StartsWith(controlPrefix, StringComparison.Ordinal);
        switch (name)
        {
            case "media" when _random.Next(8) > 0:
                return Pick(MediaSegments);
            case "id" when _random.Next(6) > 0:
                // The control API acts for anyone by design; the other agent's ids are only aimed at through GWS.
                if (!onControl && targets.OtherIds.Count > 0 && _random.Next(3) == 0)
                {
                    targetsOther = true;
                    return Pick(targets.OtherIds);
                }

                return Pick(targets.OwnerIds);
            case "userName" when _random.Next(4) > 0:
                return Pick(targets.UserNames);
            case "channel" when _random.Next(4) > 0:
                return Pick([MediaChannels.Chat, MediaChannels.SmsSession, MediaChannels.InstantMessaging, "CHAT"]);
            default:
                return JunkSegment();
        }
    }

    private string JunkSegment() => _random.Next(9) switch
    {
        0 => "",
        1 => "%ED%A0%80",
        2 => "%FF%FE",
        3 => "%00",
        4 => new string('a', 3000),
        5 => "..%2F..%2Fetc",
        6 => Uri.EscapeDataString(RandomText(8)),
        7 => "x/y/z",
        _ => Guid.NewGuid().ToString("N"),
    };

    private (string Kind, byte[]? Body) Body() => _random.Next(12) switch
    {
        0 or 1 or 2 or 3 => ("operation", Utf8(Operation().ToJsonString())),
        4 or 5 or 6 => Hostile(Members(Operation())),
        7 => ("random bytes", RandomBytes(_random.Next(0, 64))),
        8 => ("not an object", Utf8(Pick(["[]", "null", "1", "\"x\"", "true", "[{}]", "{", "", " ", "{}}"]))),
        9 => ("deep", Utf8(new string('{', 1) + string.Concat(Enumerable.Repeat("\"a\":{", _random.Next(20, 60))) + new string('}', 61))),
        10 => ("oversize", Utf8("{\"operationName\":\"SendMessage\",\"text\":\"" + new string('x', maxBodyBytes) + "\"}")),
        _ => ("weird values", Utf8($"{{\"operationName\":\"{Pick(OperationNames)}\",\"{Pick(ParameterNames)}\":{Pick(["1e400", "-0", "1.5e-400", "99999999999999999999999", "\"\\u0000\"", "\"\\uFFFF\"", "[[[]]]", "{\"\":\"\"}"])}}}")),
    };

    private (string Kind, byte[]? Body) BayeuxBody()
    {
        if (_random.Next(3) == 0)
        {
            return Hostile($"\"channel\":\"{Pick(BayeuxChannels)}\",\"clientId\":\"{Guid.NewGuid():N}\"");
        }

        var batch = new JsonArray();
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            var message = new JsonObject { ["channel"] = _random.Next(10) == 0 ? AnyValue(0) : Pick(BayeuxChannels) };
            if (_random.Next(2) == 0)
            {
                message["id"] = _random.Next(4) == 0 ? AnyValue(0) : i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (_random.Next(2) == 0)
            {
                message["clientId"] = _random.Next(4) == 0 ? AnyValue(0) : Guid.NewGuid().ToString("N");
            }

            foreach (var field in new[] { "subscription", "version", "supportedConnectionTypes", "connectionType", "advice", "ext", "data" })
            {
                if (_random.Next(4) == 0)
                {
                    message[field] = field == "advice" ? new JsonObject { ["timeout"] = 0 } : AnyValue(0);
                }
            }

            batch.Add(message);
        }

        return ("bayeux batch", Utf8(batch.ToJsonString()));
    }

    private (string Kind, byte[] Body) Hostile(string members)
    {
        var all = HostileBodies.All().ToList();
        var (name, make) = all[_random.Next(all.Count)];
        return (name, make(members));
    }

    private JsonObject Operation()
    {
        var body = new JsonObject();
        if (_random.Next(10) > 0)
        {
            body[Parameters.OperationName] = _random.Next(15) > 0 ? Pick(OperationNames) : AnyValue(0);
        }

        for (var i = _random.Next(0, 4); i > 0; i--)
        {
            var name = Pick(ParameterNames);
            if (name != Parameters.OperationName)
            {
                body[name] = _random.Next(2) == 0 ? PlausibleValue(name) : AnyValue(0);
            }
        }

        return body;
    }

    private JsonNode? PlausibleValue(string name) => name switch
    {
        Parameters.UserData => new JsonObject { [RandomText(3)] = AnyValue(1), ["k"] = RandomText(5) },
        Parameters.Keys or Parameters.Channels => new JsonArray(Pick(["k", MediaChannels.Chat, MediaChannels.SmsSession, RandomText(4)])),
        Parameters.Destination => new JsonObject { [Parameters.PhoneNumber] = Pick(["7002", "7001", "7101", "0"]) },
        Parameters.SaveLar => _random.Next(2) == 0,
        Parameters.TargetUri or Parameters.TargetPath => Pick(targets.UserNames.Select(u => "/users/" + u).Concat(["/queues/chat-queue", "http://x/api/v2/users/1"]).ToArray()),
        Parameters.QueueName => Pick(["chat-queue", "sms-queue", "chat-queue-empty", "nope"]),
        _ => RandomText(_random.Next(1, 12)),
    };

    private JsonNode? AnyValue(int depth) => _random.Next(depth > 2 ? 6 : 8) switch
    {
        0 => null,
        1 => _random.Next(2) == 0,
        2 => _random.Next(),
        3 => _random.NextDouble() * 1e300,
        4 => RandomText(_random.Next(0, 20)),
        5 => "",
        6 => new JsonArray(AnyValue(depth + 1), AnyValue(depth + 1)),
        _ => new JsonObject { [RandomText(2)] = AnyValue(depth + 1) },
    };

    private static string Members(JsonObject body)
    {
        var text = body.ToJsonString();
        return text.Length <= 2 ? "\"operationName\":\"Ready\"" : text[1..^1];
    }

    private string RandomText(int length)
    {
        const string alphabet = "abcXYZ019 _-/:.\"\\\u00e9\u00df\u4e2d\U0001F600\u0001\u007f";
        var text = new StringBuilder();
        while (text.Length < length)
        {
            var i = _random.Next(alphabet.Length);
            text.Append(char.IsHighSurrogate(alphabet[i]) ? alphabet.Substring(i, 2) : char.IsLowSurrogate(alphabet[i]) ? "x" : alphabet[i].ToString());
        }

        return text.ToString();
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string[] Constants(Type type) =>
        [.. type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!)];
}
