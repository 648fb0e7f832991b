using System.Buffers;

namespace DocScan.Core.Detection;

/// <summary>
/// The hits of one keyword pass, in an array rented from <see cref="ArrayPool{T}.Shared"/>: a document's
/// hits are read while its detectors run and returned to the pool with <see cref="Dispose"/>, after which
/// reading them throws rather than show another document's hits.
/// </summary>
internal sealed class KeywordHits : IDisposable
{
    private KeywordHit[]? _hits;

    public KeywordHits(int capacity)
    {
        _hits = ArrayPool<KeywordHit>.Shared.Rent(Math.Max(capacity, 16));
    }

    public int Count { get; private set; }

    public ReadOnlySpan<KeywordHit> All => Rented.AsSpan(0, Count);

    private KeywordHit[] Rented => _hits ?? throw new ObjectDisposedException(nameof(KeywordHits), "The document's scan has ended.");

    public void Add(KeywordHit hit)
    {
        var hits = Rented;
        if (Count == hits.Length)
        {
            var larger = ArrayPool<KeywordHit>.Shared.Rent(hits.Length * 2);
            hits.AsSpan().CopyTo(larger);
            ArrayPool<KeywordHit>.Shared.Return(hits);
            _hits = hits = larger;
        }

        hits[Count++] = hit;
    }

    public void Dispose()
    {
        if (_hits is { } hits)
        {
            _hits = null;
            ArrayPool<KeywordHit>.Shared.Return(hits);
        }
    }
}
