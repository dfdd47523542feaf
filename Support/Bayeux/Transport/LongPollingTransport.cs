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
        HttpResponseMessage? response = null;
        byte[] body;
        try
        {
            response = await http.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            body = await ReadBodyAsync(response.Content, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            response?.Dispose();
            target.OnNote($"POST {uri} no response within {Durations.Format(batch.Timeout)}", this);
            throw new BayeuxTransportException($"No response within {Durations.Format(batch.Timeout)}", null, ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            response?.Dispose();
            target.OnNote($"POST {uri} failed: {ex.Message}", this);
            throw new BayeuxTransportException("HTTP request failed: " + ex.Message, null, ex);
        }
        catch
        {
            response?.Dispose();
            throw;
        }
        using (response)
        {
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                http.Cookies.Store(uri, setCookies);
            }
            var status = (int)response.StatusCode;
            var elapsed = clock.ElapsedMilliseconds;
            var (requestHeaders, responseHeaders, redaction) = (request.Headers, response.Headers, http.Redaction);
            // Written only if someone reads the traffic: neither header collection changes once the exchange is over.
            target.OnNote(() => $"POST {uri} {status} in {elapsed} ms; request {redaction.Headers(requestHeaders)}; response {redaction.Headers(responseHeaders)}", this);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new BayeuxTransportException(
                    $"HTTP {status} {response.ReasonPhrase}: {MessageArrays.Shorten(Encoding.UTF8.GetString(body))}", status);
            }
        }
        using var received = ReceivedArray.Parse(body);
        target.OnMessages(received, this);
    }

    /// <summary>
    /// The body in one array of its exact length when the server says it (Content-Length), read straight from the
    /// connection: no intermediate buffer and no copy. The events keep views of this array.
    /// </summary>
    private static async Task<byte[]> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            if (content.Headers.ContentLength is long length && length >= 0 && length <= Array.MaxLength)
            {
                var exact = new byte[length];
                await stream.ReadExactlyAsync(exact, cancellationToken).ConfigureAwait(false);
                return exact;
            }
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
            return copy.ToArray();
        }
    }

    private static ReadOnlyMemoryContent JsonContent(ReadOnlyMemory<byte> utf8)
    {
        var content = new ReadOnlyMemoryContent(utf8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
