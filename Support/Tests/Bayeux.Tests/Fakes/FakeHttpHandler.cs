using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Bayeux.Protocol;
using Conformance.Bayeux.Transport;

namespace Bayeux.Tests.Fakes;

/// <summary>
/// An HTTP handler in front of a <see cref="FakeServer"/>, so the real long-polling transport can be tested:
/// it records each request's headers, sets a fresh BAYEUX_BROWSER on each handshake and refreshes a session
/// cookie, as GWS would.
/// </summary>
public sealed class FakeHttpHandler(FakeServer server) : HttpMessageHandler
{
    private readonly object _gate = new();
    private readonly List<HttpRequestRecord> _seen = [];
    private int _browsers;

    public IReadOnlyList<HttpRequestRecord> Seen
    {
        get
        {
            lock (_gate)
            {
                return [.. _seen];
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join("; ", h.Value), StringComparer.OrdinalIgnoreCase);
        lock (_gate)
        {
            _seen.Add(new HttpRequestRecord(request.Method.Method, request.RequestUri!, request.Content.Headers.ContentType?.ToString(), headers, body));
        }
        var messages = JsonNode.Parse(body) as JsonArray ?? throw new InvalidOperationException("not an array: " + body);
        var response = await server.HandleAsync([.. messages.Cast<JsonObject>()], cancellationToken);
        if (response.Hang)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        var http = new HttpResponseMessage((HttpStatusCode)response.Status)
        {
            Content = new StringContent(response.Status == 200 ? MessageArrays.Write(response.Messages) : string.Empty, Encoding.UTF8, "application/json"),
        };
        if (messages.OfType<JsonObject>().Any(m => JsonRead.String(m, Fields.Channel) == MetaChannels.Handshake))
        {
            http.Headers.Add("Set-Cookie", $"{Cookies.BayeuxBrowser}=browser{Interlocked.Increment(ref _browsers)}; HttpOnly");
            http.Headers.Add("Set-Cookie", "GWS_SESSION=refreshed; Path=/");
        }
        return http;
    }
}
