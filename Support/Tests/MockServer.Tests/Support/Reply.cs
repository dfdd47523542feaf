using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace MockServer.Tests.Support;

/// <summary>An HTTP answer: status, headers and the body (parsed when it is JSON).</summary>
internal sealed record Reply(HttpStatusCode Status, string Text, JsonObject? Json, HttpResponseHeaders Headers)
{
    public int? StatusCode => Json?["statusCode"]?.GetValue<int>();
    public int? ReferenceId => Json?["referenceId"]?.GetValue<int>();

    public static async Task<Reply> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        JsonObject? json = null;
        if (response.Content.Headers.ContentType?.MediaType == "application/json")
        {
            json = JsonNode.Parse(text)?.AsObject();
        }

        return new Reply(response.StatusCode, text, json, response.Headers);
    }

    public override string ToString() => $"HTTP {(int)Status} {Text}";
}
