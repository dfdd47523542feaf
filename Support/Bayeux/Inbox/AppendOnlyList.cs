using System.Collections;

namespace Conformance.Bayeux;

/// <summary>
/// A list that only grows, kept in fixed chunks: adding never copies what is already there, and no chunk is large enough
/// for the large-object heap. An inbox that keeps every event of a long run would otherwise re-copy a growing array (on
/// the large-object heap past about 10,000 events, which costs gen2 collections) each time it doubles.
/// </summary>
internal sealed class AppendOnlyList<T> : IEnumerable<T>
{
    private const int ChunkSize = 4096; // 32 KB of references
    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    public void Add(T item)
    {
        var offset = Count % ChunkSize;
        if (offset == 0)
        {
            _chunks.Add(new T[ChunkSize]);
        }
        _chunks[^1][offset] = item;
        Count++;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _chunks[i / ChunkSize][i % ChunkSize];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
