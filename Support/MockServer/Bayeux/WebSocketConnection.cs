using System.Net.WebSockets;

namespace Conformance.MockServer.Bayeux;

/// <summary>
/// One WebSocket: reads frames in order, answers each batch, and completes held connects in the
/// background so the next frames are still read (a held connect is a heartbeat, docs/cometd-behaviour.md#websocket).
/// </summary>
internal sealed class WebSocketConnection(BayeuxServer server, WebSocket socket, BatchContext context) : IDisposable
{
    private readonly BayeuxBatchProcessor _processor = new(server);
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly List<Task> _heldConnects = [];

    public async Task RunAsync(CancellationToken aborted)
    {
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        try
        {
            while (await ReceiveAsync(closing.Token) is { } frame)
            {
                server.CountBatch(longPolling: false);
                var messages = BayeuxJson.ParseBatch(frame);
                if (messages is null)
                {
                    await CloseAsync(WebSocketCloseStatus.InvalidPayloadData, "not a JSON array of Bayeux messages");
                    break;
                }
                var outcome = _processor.Process(messages, context);
                if (outcome.HandshakeNotAlone)
                {
                    await CloseAsync(WebSocketCloseStatus.PolicyViolation, "handshake must be alone in its batch");
                    break;
                }
                var completion = AnswerAsync(outcome, closing.Token);
                if (outcome.Connects.Any(c => c.Held is not null))
                {
                    _heldConnects.RemoveAll(t => t.IsCompleted);
                    _heldConnects.Add(completion);
                }
                else
                {
                    await completion;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The peer went away; held connects are released below.
        }
        finally
        {
            await closing.CancelAsync();
            await Task.WhenAll(_heldConnects);
        }
    }

    public void Dispose() => _sendGate.Dispose();

    private async Task AnswerAsync(BatchOutcome outcome, CancellationToken closing)
    {
        try
        {
            var response = await ConnectCompletion.CompleteAsync(server, outcome, closing);
            if (response.Superseded)
            {
                return; // the newer connect answers; the client ignores stale ids (docs/cometd-behaviour.md#client-backoff)
            }
            await SendAsync(BayeuxJson.Response(response.Events, response.Replies), closing);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Socket closing: nothing to answer.
        }
    }

    private async Task SendAsync(byte[] frame, CancellationToken closing)
    {
        await _sendGate.WaitAsync(closing);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, closing);
            }
        }
        finally
        {
            _sendGate.Release();
        }
    }

    /// <summary>The next whole text message, or null when the peer closed (or broke a rule and was closed).</summary>
    private async Task<byte[]?> ReceiveAsync(CancellationToken closing)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, closing);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await CloseAsync(WebSocketCloseStatus.NormalClosure, "");
                return null;
            }
            if (result.MessageType != WebSocketMessageType.Text)
            {
                await CloseAsync(WebSocketCloseStatus.InvalidMessageType, "Bayeux frames are text");
                return null;
            }
            if (message.Length + result.Count > server.Options.MaxMessageBytes)
            {
                await CloseAsync(WebSocketCloseStatus.MessageTooBig, "over MaxMessageBytes");
                return null;
            }
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return message.ToArray();
            }
        }
    }

    private async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        await _sendGate.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.CloseOutputAsync(status, reason, limit.Token);
            }
        }
        finally
        {
            _sendGate.Release();
        }
    }
}
