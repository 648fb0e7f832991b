using System.Globalization;
using System.Text;
using DocScan.Core.Extraction;
using DocScan.Core.Normalization;

namespace DocScan.Language.Recognition;

/// <summary>
/// Packs a document's segments into service documents within the limits: whole segments while they
/// fit, a segment longer than one document cut at a line or sentence end (so a name is rarely cut in
/// two), never inside a text element. Text is normalized (NFKC) first, as for the rule-based detectors.
/// </summary>
internal sealed class TextChunker(int maxTextElements, int maxCodeUnits)
{
    // Where a cut hurts least, best first: a line break, the end of a sentence, a space, a comma.
    private static readonly string[] CutAfter = ["\n", "。！？!?；;", " \t\u3000", "，,、：:"];

    public List<DocumentChunk> Split(IReadOnlyList<TextSegment> segments, CancellationToken cancellationToken)
    {
        var chunks = new List<DocumentChunk>();
        var text = new StringBuilder();
        var pieces = new List<ChunkPiece>();
        var elements = 0;
        var boundaries = new List<int>();

        void Flush()
        {
            if (pieces.Count > 0)
            {
                chunks.Add(new DocumentChunk(text.ToString(), pieces.ToArray()));
            }

            text.Clear();
            pieces.Clear();
            elements = 0;
        }

        foreach (var segment in segments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var normalized = TextNormalizer.Normalize(segment.Text);
            var s = normalized.Text;
            if (string.IsNullOrWhiteSpace(s))
            {
                continue;
            }

            var position = 0;
            while (position < s.Length)
            {
                var separator = pieces.Count > 0 ? 1 : 0;
                var (end, count) = Fit(s, position, maxTextElements - elements - separator, maxCodeUnits - text.Length - separator, boundaries);
                if (end == s.Length)
                {
                    Append(normalized, segment, position, end, separator);
                    elements += separator + count;
                    break;
                }

                if (pieces.Count > 0)
                {
                    // A segment that does not fit starts a document of its own rather than being cut.
                    Flush();
                    continue;
                }

                end = BestCut(s, position, end, boundaries);
                Append(normalized, segment, position, end, 0);
                Flush();
                position = end;
            }
        }

        Flush();
        return chunks;

        void Append(NormalizedText normalized, TextSegment segment, int from, int to, int separator)
        {
            if (separator > 0)
            {
                text.Append('\n');
            }

            pieces.Add(new ChunkPiece(segment, normalized, from, text.Length, to - from));
            text.Append(normalized.Text, from, to - from);
        }
    }

    /// <summary>How far from <paramref name="start"/> whole text elements fit; records each element end in <paramref name="boundaries"/>.</summary>
    private static (int End, int Elements) Fit(string s, int start, int maxElements, int maxCodeUnits, List<int> boundaries)
    {
        boundaries.Clear();
        var p = start;
        var count = 0;
        while (p < s.Length && count < maxElements)
        {
            var length = StringInfo.GetNextTextElementLength(s.AsSpan(p));
            if (p + length - start > maxCodeUnits)
            {
                break;
            }

            p += length;
            count++;
            boundaries.Add(p);
        }

        return (p, count);
    }

    private int BestCut(string s, int start, int end, List<int> boundaries)
    {
        if (boundaries.Count == 0)
        {
            // One text element longer than a whole document (thousands of combining marks): cut it by
            // code units, keeping surrogate pairs whole; the service will refuse it and the scan fails closed.
            var cut = Math.Min(s.Length, start + maxCodeUnits);
            return cut < s.Length && char.IsLowSurrogate(s[cut]) ? cut - 1 : cut;
        }

        // Look back no further than half a document, so no document is left nearly empty.
        var earliest = boundaries.Count / 2;
        foreach (var tier in CutAfter)
        {
            for (var i = boundaries.Count - 1; i >= earliest; i--)
            {
                if (tier.Contains(s[boundaries[i] - 1]))
                {
                    return boundaries[i];
                }
            }
        }

        return end;
    }
}
