using System.Text;

namespace Conformance.Bayeux;

/// <summary>
/// One line of the traffic snapshot: credentials are already redacted when it is recorded. A received array keeps the
/// wire's UTF-8 bytes (shared with the events it carried) and an HTTP status line its renderer; either becomes
/// <see cref="Text"/> only when someone reads it, so a client that receives many events and is never asked for its
/// traffic does not pay for a second copy of everything it received.
/// </summary>
public sealed class TrafficEntry
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly Func<string>? _render;
    private string? _text;

    public TrafficEntry(long sequence, DateTimeOffset at, TrafficDirection direction, string transport, string text)
        : this(sequence, at, direction, transport)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
    }

    /// <summary>An entry whose text is the UTF-8 JSON <paramref name="utf8"/>, decoded on first read.</summary>
    public TrafficEntry(long sequence, DateTimeOffset at, TrafficDirection direction, string transport, ReadOnlyMemory<byte> utf8)
        : this(sequence, at, direction, transport) => _utf8 = utf8;

    /// <summary>An entry whose text <paramref name="render"/> produces on first read (it must read only what no longer changes).</summary>
    public TrafficEntry(long sequence, DateTimeOffset at, TrafficDirection direction, string transport, Func<string> render)
        : this(sequence, at, direction, transport)
    {
        ArgumentNullException.ThrowIfNull(render);
        _render = render;
    }

    private TrafficEntry(long sequence, DateTimeOffset at, TrafficDirection direction, string transport)
    {
        Sequence = sequence;
        At = at;
        Direction = direction;
        Transport = transport;
    }

    public long Sequence { get; }

    public DateTimeOffset At { get; }

    public TrafficDirection Direction { get; }

    public string Transport { get; }

    /// <summary>What went over the wire or happened, as text (rendered once, on first read).</summary>
    public string Text => _text ??= _render is not null ? _render() : Encoding.UTF8.GetString(_utf8.Span);

    public override string ToString()
    {
        var arrow = Direction switch
        {
            TrafficDirection.Sent => ">>>",
            TrafficDirection.Received => "<<<",
            _ => "---",
        };
        return $"#{Sequence} {At:HH:mm:ss.fff} {arrow} [{Transport}] {Text}";
    }
}
