using System.Globalization;
using System.Text;
using DocScan.Core.Extraction;
using DocScan.Core.Normalization;
using DocScan.Language.Recognition;

namespace DocScan.Language.Tests;

public class TextChunkerTests
{
    private const int Elements = 5_120;

    private static readonly TextChunker Chunker = new(Elements, 4 * Elements);

    private static TextSegment Body(string text, string path = "word/document.xml") => new(text, SegmentSources.Body, path);

    private static List<DocumentChunk> Split(params TextSegment[] segments) => Chunker.Split(segments, CancellationToken.None);

    /// <summary>Every non-blank segment's normalized text is sent exactly once, in order, and nothing else is.</summary>
    private static void AssertCoversExactly(IReadOnlyList<TextSegment> segments, IReadOnlyList<DocumentChunk> chunks)
    {
        foreach (var chunk in chunks)
        {
            Assert.InRange(new StringInfo(chunk.Text).LengthInTextElements, 1, Elements);
            Assert.False(char.IsLowSurrogate(chunk.Text[0]));
            Assert.False(char.IsHighSurrogate(chunk.Text[^1]));
            var rebuilt = string.Join('\n', chunk.Pieces.Select(p => chunk.Text.Substring(p.ChunkStart, p.Length)));
            Assert.Equal(chunk.Text, rebuilt);
        }

        foreach (var segment in segments.Where(s => !string.IsNullOrWhiteSpace(s.Text)))
        {
            var pieces = chunks.SelectMany(c => c.Pieces.Select(p => (Chunk: c, Piece: p))).Where(x => ReferenceEquals(x.Piece.Segment, segment)).ToList();
            var sent = string.Concat(pieces.Select(x => x.Chunk.Text.Substring(x.Piece.ChunkStart, x.Piece.Length)));
            Assert.Equal(TextNormalizer.Normalize(segment.Text).Text, sent);
        }
    }

    [Fact]
    public void Short_segments_share_one_document_joined_by_line_breaks()
    {
        var segments = new[] { Body("主旨：檢送會議紀錄。"), Body("   "), Body("說明：請查照。") };

        var chunk = Assert.Single(Split(segments));

        Assert.Equal("主旨:檢送會議紀錄。\n說明:請查照。", chunk.Text);
        Assert.Equal(2, chunk.Pieces.Count);
        AssertCoversExactly(segments, [chunk]);
    }

    [Fact]
    public void Nothing_to_send_makes_no_documents()
    {
        Assert.Empty(Split());
        Assert.Empty(Split(Body(" \n\u3000")));
    }

    [Fact]
    public void Segments_that_fit_are_never_cut()
    {
        var segments = Enumerable.Range(0, 12).Select(i => Body(new string('案', 1_500) + i)).ToArray();

        var chunks = Split(segments);

        Assert.Equal(4, chunks.Count); // three 1,501-character segments per document
        Assert.All(chunks.SelectMany(c => c.Pieces), p => Assert.Equal(p.Segment.Text.Length, p.Length));
        AssertCoversExactly(segments, chunks);
    }

    [Fact]
    public void A_long_segment_is_cut_after_a_sentence_end()
    {
        var sentence = "本局於本月十日接獲民眾陳情，經派員會同里長現場會勘後，已於當日完成改善。"; // 36 characters
        var segment = Body(string.Concat(Enumerable.Repeat(sentence, 400)));

        var chunks = Split(segment);

        Assert.Equal(3, chunks.Count);
        Assert.All(chunks.SkipLast(1), c => Assert.EndsWith("。", c.Text));
        AssertCoversExactly([segment], chunks);
    }

    [Fact]
    public void Surrogate_pairs_and_combining_marks_count_as_one_text_element_and_are_never_split()
    {
        var ideographs = Body(string.Concat(Enumerable.Repeat("\U00020000", 6_000))); // CJK Extension B: two code units each
        var accents = Body(string.Concat(Enumerable.Repeat("e\u0301", 6_000))); // NFKC composes these to é

        var chunks = Split(ideographs, accents);

        Assert.Equal(Elements * 2, chunks[0].Text.Length); // 5,120 elements, 10,240 code units
        AssertCoversExactly([ideographs, accents], chunks);
    }

    [Fact]
    public void A_span_across_two_segments_maps_to_both()
    {
        var first = Body("姓名：王");
        var second = Body("小明");
        var chunk = Assert.Single(Split(first, second));

        var spans = chunk.ToOriginal(chunk.Text.IndexOf('王'), 4).ToList();

        Assert.Equal([(first, 3, 1), (second, 0, 2)], spans);
    }

    [Fact]
    public void Offsets_map_back_to_the_original_characters()
    {
        var original = "㈱𝐀𝐁ﾃﾞｰﾀ①陳建宏Ｆ１５２６０１８１９";
        var chunk = Assert.Single(Split(Body(original)));

        var name = chunk.Text.IndexOf("陳建宏", StringComparison.Ordinal);
        var id = chunk.Text.IndexOf("F152601819", StringComparison.Ordinal);
        var (nameStart, nameLength) = Assert.Single(chunk.ToOriginal(name, 3)) is var (_, s, l) ? (s, l) : default;
        var (idStart, idLength) = Assert.Single(chunk.ToOriginal(id, 10)) is var (_, s2, l2) ? (s2, l2) : default;

        Assert.NotEqual(original.IndexOf("陳建宏", StringComparison.Ordinal), name); // normalization moved it
        Assert.Equal("陳建宏", original.Substring(nameStart, nameLength));
        Assert.Equal("Ｆ１５２６０１８１９", original.Substring(idStart, idLength));
    }

    [Fact]
    public void Cancellation_is_checked_between_segments()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => Chunker.Split([Body("主旨")], cancelled.Token));
    }
}
