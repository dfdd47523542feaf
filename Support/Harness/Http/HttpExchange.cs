using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.GwsProtocol;

namespace Conformance.Harness.Http;

/// <summary>
/// One HTTP request and its answer, as kept for the reports. Credentials
/// never enter it: the Authorization header is recorded as its scheme only, cookies and the CSRF token as [REDACTED].
/// </summary>
public sealed record HttpExchange(
    string Agent,
    string Method,
    string Path,
    IReadOnlyList<string> RequestHeaders,
    string? RequestBody,
    int HttpStatus,
    IReadOnlyList<string> ResponseHeaders,
    string ResponseBody,
    DateTimeOffset Start,
    TimeSpan Elapsed)
{
    public const string Redacted = "[REDACTED]";

    /// <summary>The body parsed as a JSON object; null when it is not one.</summary>
    public JsonObject? Json { get; } = TryParse(ResponseBody);

    public long? StatusCode => Json?[ResponseFields.StatusCode] is JsonValue v && v.TryGetValue<long>(out var code) ? code : null;

    public string? StatusMessage => Json?[ResponseFields.StatusMessage] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    public long? ReferenceId => Json?[ResponseFields.ReferenceId] is JsonValue v && v.TryGetValue<long>(out var id) ? id : null;

    /// <summary>"POST /api/v2/me/chats/1 → 200 {"statusCode":0}" for Expected/Actual messages.</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture, $"{Method} {Path} → HTTP {HttpStatus} {Shorten(ResponseBody)}");

    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {Agent} at {Start:HH:mm:ss.fff} ({Elapsed.TotalMilliseconds:0} ms)\n");
        text.Append(CultureInfo.InvariantCulture, $"{Method} {Path}\n");
        foreach (var header in RequestHeaders)
        {
            text.Append(header).Append('\n');
        }

        if (RequestBody is not null)
        {
            text.Append('\n').Append(RequestBody).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"\nHTTP {HttpStatus}\n");
        foreach (var header in ResponseHeaders)
        {
            text.Append(header).Append('\n');
        }

        return text.Append('\n').Append(ResponseBody).Append('\n').ToString();
    }

    private static string Shorten(string body) => body.Length <= 200 ? body : body[..200] + "...";

    private static JsonObject? TryParse(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
