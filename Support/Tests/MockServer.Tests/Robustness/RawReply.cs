using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.MockServer.Input;

namespace MockServer.Tests.Robustness;

/// <summary>An answer to a raw request: status, content type and body bytes.</summary>
internal sealed record RawReply(HttpStatusCode Status, string? MediaType, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);

    /// <summary>The body through the mock's own boundary: what the mock sends must be what it would accept.</summary>
    public JsonNode? StrictJsonBody => MediaType?.Contains("json", StringComparison.Ordinal) == true && Body.Length > 0
        ? StrictJson.Parse(Body, maxDepth: 64) is ({ } node, null) ? node : throw new AssertionException($"The mock sent JSON it would refuse: {Text}")
        : null;

    public override string ToString() => $"HTTP {(int)Status} {Text}";
}
