using System.Buffers;

namespace Conformance.MockServer.Input;

/// <summary>
/// Reads a request body of at most a given size, for every endpoint that takes one (REST, control API, Bayeux long
/// polls). A body with a Content-Length is read straight into an array of that size (Kestrel delivers neither more nor
/// fewer bytes); a chunked one grows a buffer through a pooled chunk. The benchmark's profile put a zeroed 8 to 16 KB
/// chunk and a copy per request at up to a tenth of the mock's CPU in a wave of reconnecting long polls.
/// </summary>
internal static class BoundedBody
{
    private const int ChunkBytes = 4096;

    /// <summary>The body, or null when it declares or sends more than <paramref name="max"/> bytes.</summary>
    public static async Task<ArraySegment<byte>?> ReadAsync(HttpRequest request, int max, CancellationToken cancellationToken)
    {
        int read;
        if (request.ContentLength is { } declared)
        {
            if (declared > max)
            {
                return null;
            }

            var exact = new byte[declared];
            var filled = 0;
            while (filled < exact.Length && (read = await request.Body.ReadAsync(exact.AsMemory(filled), cancellationToken)) > 0)
            {
                filled += read;
            }

            return new ArraySegment<byte>(exact, 0, filled);
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(0, ChunkBytes), cancellationToken)) > 0)
            {
                if (buffer.Length + read > max)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
