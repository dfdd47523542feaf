using System.Buffers;
using System.Net.WebSockets;
using Conformance.Bayeux.Protocol;

namespace Conformance.Bayeux.Transport;

/// <summary>
/// Bayeux over a WebSocket (docs/cometd-behaviour.md#websocket): the endpoint with a ws/wss scheme, one JSON array per text
/// frame each way. Replies and events arrive whenever the server sends them, so the client correlates by id.
/// </summary>
public sealed class WebSocketTransport(HttpSetup http) : IBayeuxTransport
{
    /// <summary>Frames larger than this are refused: a test peer never sends them, a runaway server might.</summary>
    public const int MaxFrameBytes = 16 * 1024 * 1024;

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private ClientWebSocket? _socket;
    private CancellationTokenSource? _receiving;
    private Task? _receiveLoop;
    private ITransportListener? _listener;
    private volatile bool _open;

    public string ConnectionType => ConnectionTypes.WebSocket;

    public bool RepliesInResponse => false;

    public bool IsOpen => _open;

    public async Task OpenAsync(ITransportListener listener, CancellationToken cancellationToken)
    {
        _listener = listener;
        await CloseAsync().ConfigureAwait(false);
        var uri = SocketUri(http.Endpoint);
        var candidate = new ClientWebSocket();
        candidate.Options.CollectHttpResponseDetails = true;
        foreach (var (name, value) in http.Headers)
        {
            candidate.Options.SetRequestHeader(name, value);
        }
        var cookie = http.Cookies.HeaderFor(http.Endpoint);
        if (cookie is not null)
        {
            candidate.Options.SetRequestHeader("Cookie", cookie);
        }
        try
        {
            if (http.CallerHandler)
            {
                using var invoker = new HttpMessageInvoker(http.Handler, disposeHandler: false);
                await candidate.ConnectAsync(uri, invoker, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await candidate.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && !cancellationToken.IsCancellationRequested)
        {
            // Any failure to upgrade (refused, unsupported by the caller's handler, timed out) means: fall back.
            var status = candidate.HttpStatusCode;
            candidate.Dispose();
            listener.OnNote($"WebSocket upgrade to {uri} failed (HTTP {(int)status}): {ex.Message}", this);
            throw new BayeuxTransportException($"WebSocket upgrade to {uri} failed: {ex.Message}", (int)status, ex);
        }
        if (candidate.HttpResponseHeaders?.TryGetValue("Set-Cookie", out var setCookies) == true)
        {
            http.Cookies.Store(http.Endpoint, setCookies);
        }
        listener.OnNote($"WebSocket open to {uri}", this);
        _socket = candidate;
        _receiving = new CancellationTokenSource();
        _open = true;
        _receiveLoop = ReceiveAsync(candidate, _receiving.Token);
    }

    public async Task SendAsync(TransportBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var current = _socket;
        if (!_open || current is null)
        {
            throw new BayeuxTransportException("The WebSocket is not open.");
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(batch.Timeout);
        await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
        try
        {
            await current.SendAsync(batch.Utf8, WebSocketMessageType.Text, endOfMessage: true, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            _open = false;
            throw new BayeuxTransportException("WebSocket send failed: " + ex.Message, ex);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync().ConfigureAwait(false);
        _sendLock.Dispose();
    }

    private static Uri SocketUri(Uri endpoint)
    {
        var builder = new UriBuilder(endpoint)
        {
            Scheme = endpoint.Scheme == Uri.UriSchemeHttps ? "wss" : "ws",
        };
        return builder.Uri;
    }

    private async Task ReceiveAsync(ClientWebSocket current, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        BayeuxTransportException? failure = null;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                buffer.Clear();
                ValueWebSocketReceiveResult result;
                do
                {
                    var memory = buffer.GetMemory(8192);
                    result = await current.ReceiveAsync(memory, cancellationToken).ConfigureAwait(false);
                    buffer.Advance(result.Count);
                    if (buffer.WrittenCount > MaxFrameBytes)
                    {
                        throw new BayeuxTransportException($"WebSocket frame larger than {MaxFrameBytes} bytes.");
                    }
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    failure = new BayeuxTransportException($"The server closed the WebSocket ({current.CloseStatus} {current.CloseStatusDescription}).");
                    break;
                }
                // A copy: the buffer serves the next frame, the events keep views of this one.
                using var received = ReceivedArray.Parse(buffer.WrittenSpan.ToArray());
                _listener?.OnMessages(received, this);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (BayeuxTransportException ex)
        {
            failure = ex;
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            failure = new BayeuxTransportException("WebSocket receive failed: " + ex.Message, ex);
        }
        _open = false;
        if (failure is not null && !cancellationToken.IsCancellationRequested)
        {
            _listener?.OnFailure(failure, this);
        }
    }

    private async Task CloseAsync()
    {
        _open = false;
        var current = _socket;
        _socket = null;
        if (current is null)
        {
            return;
        }
        if (_receiving is not null)
        {
            await _receiving.CancelAsync().ConfigureAwait(false);
        }
        if (current.State == WebSocketState.Open)
        {
            using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await current.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "client closing", closing.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // Closing is best effort; the socket is disposed below either way.
            }
        }
        current.Abort();
        if (_receiveLoop is not null)
        {
            try
            {
                await _receiveLoop.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
            {
                // The loop ends by cancellation.
            }
        }
        current.Dispose();
        _receiving?.Dispose();
        _receiving = null;
    }
}
