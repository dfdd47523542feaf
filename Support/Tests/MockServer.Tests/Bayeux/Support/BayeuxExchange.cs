using System.Net;
using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;

namespace MockServer.Tests.Bayeux.Support;

/// <summary>One HTTP exchange: status, parsed array (null when the body is not one), elapsed time, Set-Cookie headers.</summary>
internal sealed record BayeuxExchange(HttpStatusCode Status, string Body, JsonArray? Messages, TimeSpan Elapsed, IReadOnlyList<string> SetCookies)
{
    /// <summary>The reply to the message with <paramref name="id"/>; fails the test with the whole body if absent.</summary>
    public JsonObject Reply(string id) =>
        Messages?.OfType<JsonObject>().FirstOrDefault(m => m[Fields.Id]?.ToString() == id && m[Fields.Successful] is not null)
        ?? throw new AssertionException($"no reply with id {id}; HTTP {(int)Status} body: {Body}");

    /// <summary>Delivered events (messages with data and no successful field), in order.</summary>
    public List<JsonObject> Events => Messages?.OfType<JsonObject>().Where(m => m[Fields.Successful] is null && m[Fields.Data] is not null).ToList() ?? [];
}
