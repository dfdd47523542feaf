namespace Conformance.Bayeux;

/// <summary>
/// Client side of the ack extension (CometD reference: Acknowledge extension; docs/cometd-behaviour.md#ack-extension). The ack sent on each connect is the batch id of the last
/// connect reply whose whole response was processed. Events delivered since then are "unacked": if the response
/// that would have acknowledged them is lost, the server resends all unacked events first, in order, so a
/// response that starts by repeating them is a redelivery and those copies are dropped.
/// </summary>
internal sealed class AckWindow
{
    private readonly List<ReadOnlyMemory<byte>> _unacked = [];

    public bool Enabled { get; private set; }

    /// <summary>The batch id to send in the next connect's <c>ext.ack</c>.</summary>
    public long Batch { get; private set; }

    public int Redelivered { get; private set; }

    public void Reset(bool enabled, long batch)
    {
        Enabled = enabled;
        Batch = batch;
        _unacked.Clear();
    }

    /// <summary>Starts one received array; redelivered copies can only be at its start.</summary>
    public Cursor BeginResponse() => new(_unacked.Count > 0);

    /// <summary>True when <paramref name="key"/> (the message's received UTF-8 bytes) is the next redelivered copy at the start of this response.</summary>
    public bool IsRedelivery(Cursor cursor, ReadOnlyMemory<byte> key)
    {
        if (!Enabled || !cursor.Matching)
        {
            return false;
        }
        if (cursor.Position < _unacked.Count && _unacked[cursor.Position].Span.SequenceEqual(key.Span))
        {
            cursor.Position++;
            Redelivered++;
            return true;
        }
        cursor.Matching = false;
        return false;
    }

    public void Delivered(ReadOnlyMemory<byte> key)
    {
        if (Enabled)
        {
            _unacked.Add(key);
        }
    }

    /// <summary>Called once the whole response holding a connect reply with <c>ext.ack</c> was processed.</summary>
    public void Acknowledge(long batch)
    {
        Batch = batch;
        _unacked.Clear();
    }

    internal sealed class Cursor(bool matching)
    {
        public bool Matching { get; set; } = matching;

        public int Position { get; set; }
    }
}
