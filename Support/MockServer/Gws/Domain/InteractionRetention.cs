namespace Conformance.MockServer.Gws.Domain;

/// <summary>
/// How long ended chats, SMS sessions and IM sessions stay readable by id: at most
/// <paramref name="maxRetained"/> of them, each for at most <paramref name="retainFor"/> after it ended. Past
/// either bound the oldest is forgotten, and a GET of its id answers statusCode 6 like an id never
/// issued. A real GWS keeps ended interactions only for a while too; an unbounded mock would grow with
/// every interaction a long-running client creates (Support/MockServer/README.md, "Retention").
/// </summary>
internal sealed class InteractionRetention(int maxRetained, TimeSpan retainFor)
{
    /// <summary>1000 ended interactions, a generous margin over the few dozen a scenario reads back.</summary>
    public const int DefaultMaxRetained = 1000;

    /// <summary>10 minutes: past any deadline of the suite, which reads an ended interaction within seconds.</summary>
    public static readonly TimeSpan DefaultRetainFor = TimeSpan.FromMinutes(10);

    private readonly Queue<Ended> _ended = new();

    public int MaxRetained { get; } = maxRetained >= 0 ? maxRetained : throw new ArgumentOutOfRangeException(nameof(maxRetained));

    public TimeSpan RetainFor { get; } = retainFor >= TimeSpan.Zero ? retainFor : throw new ArgumentOutOfRangeException(nameof(retainFor));

    /// <summary>Ended interactions still held (the count the bound applies to).</summary>
    public int Count => _ended.Count;

    /// <summary>Ended interactions forgotten so far (diagnostics and tests).</summary>
    public long Forgotten { get; private set; }

    /// <summary>Records that <paramref name="id"/> ended at <paramref name="at"/>; the caller checked it had not been recorded.</summary>
    public void Record(string id, bool im, DateTimeOffset at) => _ended.Enqueue(new Ended(id, im, at));

    /// <summary>
    /// Forgets, oldest first, what is past the count or the age. <paramref name="stillEnded"/> says whether an
    /// entry's interaction is still there and ended: one reopened since (possible only with a deviation that
    /// ignores capabilities) or dropped by a reset is skipped, and recorded again when it ends again.
    /// </summary>
    public IEnumerable<(string Id, bool Im)> TakeExpired(DateTimeOffset now, Func<string, bool, bool> stillEnded)
    {
        while (_ended.TryPeek(out var head))
        {
            if (!stillEnded(head.Id, head.Im))
            {
                _ended.Dequeue();
                continue;
            }

            if (_ended.Count <= MaxRetained && now - head.At < RetainFor)
            {
                yield break;
            }

            _ended.Dequeue();
            Forgotten++;
            yield return (head.Id, head.Im);
        }
    }

    public void Clear() => _ended.Clear();

    private readonly record struct Ended(string Id, bool Im, DateTimeOffset At);
}
