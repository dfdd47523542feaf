using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Conformance.Bayeux.Protocol;

namespace Conformance.Bayeux.Transport;

/// <summary>
/// Long-polling over HttpClient (Bayeux spec: "The long-polling Transport"): every request a POST of a JSON array to the endpoint, the
/// response a JSON array of replies and events in any order. Concurrent sends use separate connections
/// (<see cref="HttpSetup.MaxConnectionsPerServer"/>), so the held connect never blocks anything else.
/// </summary>
public sealed class LongPollingTransport(HttpSetup http) : IBayeuxTransport
{
    private ITransportListener? _listener;

    public string ConnectionType => ConnectionTypes.LongPolling;

    public bool RepliesInResponse => true;

    public bool IsOpen => _listener is not null;

    public Task OpenAsync(ITransportListener listener, CancellationToken cancellationToken)
    {
        _listener = listener;
        return Task.CompletedTask;
    }

    public async Task SendAsync(TransportBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var target = _listener ?? throw new InvalidOperationException("OpenAsync first.");
        var uri = http.Endpoint;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(batch.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = JsonContent(batch.Utf8) };
        http.Decorate(request.Headers, uri);
        var clock = Stopwatch.StartNew();
        HttpResponseMessage response;
        byte[] body;
        try
        {
            response = await http.Client.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            target.OnNote($"POST {uri} no response within {Durations.Format(batch.Timeout)}", this);
            throw new BayeuxTransportException($"No response within {Durations.Format(batch.Timeout)}", null, ex);
        }
        catch (HttpRequestException ex)
        {
            target.OnNote($"POST {uri} failed: {ex.Message}", this);
            throw new BayeuxTransportException("HTTP request failed: " + ex.Message, null, ex);
        }
        using (response)
        {
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                http.Cookies.Store(uri, setCookies);
            }
            var status = (int)response.StatusCode;
            var elapsed = clock.ElapsedMilliseconds;
            var (sent, received, redaction) = (request.Headers, response.Headers, http.Redaction);
            // Written only if someone reads the traffic: neither header collection changes once the exchange is over.
            target.OnNote(() => $"POST {uri} {status} in {elapsed} ms; request {redaction.Headers(sent)}; response {redaction.Headers(received)}", this);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new BayeuxTransportException(
                    $"HTTP {status} {response.ReasonPhrase}: {MessageArrays.Shorten(Encoding.UTF8.GetString(body))}", status);
            }
        }
        target.OnMessages(ReceivedArray.Parse(body), this);
    }

    private static ReadOnlyMemoryContent JsonContent(ReadOnlyMemory<byte> utf8)
    {
        var content = new ReadOnlyMemoryContent(utf8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
