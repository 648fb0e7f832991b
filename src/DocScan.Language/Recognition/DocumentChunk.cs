using DocScan.Core.Extraction;
using DocScan.Core.Normalization;

namespace DocScan.Language.Recognition;

/// <summary>
/// One document as the service sees it: normalized text of one or more segments (or part of one
/// long segment), joined by line breaks, with the way back from its offsets to each segment's original text.
/// </summary>
internal sealed class DocumentChunk(string text, IReadOnlyList<ChunkPiece> pieces)
{
    public string Text { get; } = text;

    public IReadOnlyList<ChunkPiece> Pieces { get; } = pieces;

    /// <summary>
    /// The original spans covered by [offset, offset + length) of <see cref="Text"/>: one per segment it
    /// touches (an entity may run across the line break between two table cells).
    /// </summary>
    public IEnumerable<(TextSegment Segment, int Start, int Length)> ToOriginal(int offset, int length)
    {
        var end = offset + length;
        foreach (var piece in Pieces)
        {
            var from = Math.Max(offset, piece.ChunkStart);
            var to = Math.Min(end, piece.ChunkStart + piece.Length);
            if (from >= to)
            {
                continue;
            }

            var (start, originalLength) = piece.Normalized.ToOriginal(
                piece.SegmentStart + from - piece.ChunkStart, to - from);
            yield return (piece.Segment, start, originalLength);
        }
    }
}

/// <summary>Normalized characters [SegmentStart, SegmentStart + Length) of a segment, at ChunkStart in its chunk.</summary>
internal sealed record ChunkPiece(TextSegment Segment, NormalizedText Normalized, int SegmentStart, int ChunkStart, int Length);
