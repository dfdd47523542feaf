using System.Text.Json.Nodes;
using Conformance.Bayeux.Transport;

namespace Bayeux.Tests.Fakes;

/// <summary>
/// A transport wired to a <see cref="FakeServer"/>. Request/response mode behaves like long-polling; push mode
/// (<c>repliesInResponse: false</c>) like a WebSocket: responses arrive on their own, and the test can push frames
/// or break the connection.
/// </summary>
public sealed class FakeTransport(FakeServer server, string connectionType = "long-polling", bool repliesInResponse = true) : IBayeuxTransport
{
    private readonly CancellationTokenSource _closing = new();
    private ITransportListener? _listener;
    private volatile bool _open;

    public string ConnectionType { get; } = connectionType;

    public bool RepliesInResponse { get; } = repliesInResponse;

    public bool IsOpen => _open;

    /// <summary>When true, OpenAsync fails (an upgrade refused, as cometd-nodejs-server does for WebSocket).</summary>
    public bool RefuseOpen { get; set; }

    public int Opens { get; private set; }

    public Task OpenAsync(ITransportListener listener, CancellationToken cancellationToken)
    {
        _listener = listener;
        if (RefuseOpen)
        {
            throw new BayeuxTransportException("upgrade refused (HTTP 400)", 400);
        }
        Opens++;
        _open = true;
        return Task.CompletedTask;
    }

    public async Task SendAsync(TransportBatch batch, CancellationToken cancellationToken)
    {
        if (!_open)
        {
            throw new BayeuxTransportException("not open");
        }
        if (RepliesInResponse)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(batch.Timeout);
            FakeResponse response;
            try
            {
                response = await server.HandleAsync(batch.Messages, timeout.Token);
                if (response.Hang)
                {
                    await Task.Delay(Timeout.Infinite, timeout.Token);
                }
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new BayeuxTransportException("no response within " + batch.Timeout, null, ex);
            }
            if (response.Status != 200)
            {
                throw new BayeuxTransportException("HTTP " + response.Status, response.Status);
            }
            _listener!.OnMessages(response.Messages, this);
            return;
        }
        // Push mode: the "socket" answers whenever the server is done.
        _ = Task.Run(async () =>
        {
            try
            {
                var response = await server.HandleAsync(batch.Messages, _closing.Token);
                if (_open && !response.Hang && response.Status == 200 && response.Messages.Count > 0)
                {
                    _listener!.OnMessages(response.Messages, this);
                }
            }
            catch (OperationCanceledException)
            {
                // closed
            }
        }, CancellationToken.None);
    }

    /// <summary>Delivers a frame as if the server pushed it.</summary>
    public void Push(params JsonObject[] messages) => _listener!.OnMessages(messages, this);

    /// <summary>Breaks the connection: every outstanding request fails.</summary>
    public void Break()
    {
        _open = false;
        _listener!.OnFailure(new BayeuxTransportException("connection reset by the test"), this);
    }

    public ValueTask DisposeAsync()
    {
        _open = false;
        _closing.Cancel();
        _closing.Dispose();
        return ValueTask.CompletedTask;
    }
}
