using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace DocScan.Core.Tests.Fuzz;

/// <summary>How a <see cref="PdfFile"/> is written: a classic xref table, or the way <c>qpdf
/// --object-streams=generate</c> writes it (every non-stream object packed into one Flate-compressed
/// /ObjStm, offsets in a compressed /XRef stream).</summary>
internal enum PdfLayout
{
    Classic,
    ObjectStreams,
}

/// <summary>One indirect object: its dictionary (or whole body, for an object without a stream) and its stream's raw (still encoded) data.</summary>
internal sealed record PdfObject(int Number, byte[] Body, byte[]? Stream)
{
    public string BodyText => Encoding.Latin1.GetString(Body);
}

/// <summary>A written PDF and where its parts landed, so a mutation can damage exactly one of them.</summary>
internal sealed record WrittenPdf(byte[] Bytes, IReadOnlyDictionary<int, Range> StreamData, Range Xref);

/// <summary>
/// The indirect objects of an unencrypted PDF, read from a classic xref file (every PDF PdfPig writes, so
/// every readable sample) or from one with object streams, and a writer that puts them back with correct
/// offsets: a damaged object or stream is then the only thing wrong with the file, not the xref after it.
/// Test code only, nothing like a general PDF parser: it reads what the samples and its own writer
/// produce and returns null for the rest (encrypted, truncated, not a PDF).
/// </summary>
internal sealed partial class PdfFile
{
    private PdfFile(SortedDictionary<int, PdfObject> objects, string trailer, PdfLayout layout)
    {
        Objects = objects;
        Trailer = trailer;
        Layout = layout;
    }

    /// <summary>How the file was read: writing it back the same way changes nothing but offsets.</summary>
    public PdfLayout Layout { get; }

    public SortedDictionary<int, PdfObject> Objects { get; }

    /// <summary>The trailer dictionary, <c>&lt;&lt; … &gt;&gt;</c>, without /Size, /Prev or /XRefStm.</summary>
    public string Trailer { get; }

    public int Root => int.Parse(RootReference().Match(Trailer).Groups[1].Value);

    public PdfFile With(PdfObject changed)
    {
        var objects = new SortedDictionary<int, PdfObject>(Objects) { [changed.Number] = changed };
        return new PdfFile(objects, Trailer, Layout);
    }

    public static PdfFile? Parse(byte[] pdf)
    {
        if (!pdf.AsSpan().StartsWith("%PDF-"u8))
        {
            return null;
        }

        var text = Encoding.Latin1.GetString(pdf);
        var objects = new SortedDictionary<int, PdfObject>();
        string? xrefStream = null;

        // Sequentially, so that "n 0 obj" inside a stream's binary data is never taken for an object.
        var position = 0;
        for (var header = ObjectHeader().Match(text); header.Success; header = ObjectHeader().Match(text, position))
        {
            var number = int.Parse(header.Groups[1].Value);
            var bodyStart = header.Index + header.Length;
            var end = text.IndexOf("endobj", bodyStart, StringComparison.Ordinal);
            var stream = text.IndexOf("stream", bodyStart, StringComparison.Ordinal);
            if (end < 0)
            {
                return null;
            }

            if (stream < 0 || stream > end)
            {
                objects[number] = new PdfObject(number, Trim(pdf[bodyStart..end]), null);
                position = end;
                continue;
            }

            var dictionary = Trim(pdf[bodyStart..stream]);
            var dictionaryText = Encoding.Latin1.GetString(dictionary);
            var dataStart = stream + "stream".Length;
            dataStart += text[dataStart] == '\r' ? 2 : 1;
            var length = StreamLength(dictionaryText, text);
            if (length is not { } n || dataStart + n > pdf.Length
                || !text.AsSpan(dataStart + n, Math.Min(16, pdf.Length - dataStart - n)).TrimStart().StartsWith("endstream"))
            {
                return null;
            }

            var data = pdf[dataStart..(dataStart + n)];
            position = dataStart + n;
            if (dictionaryText.Contains("/XRef", StringComparison.Ordinal))
            {
                xrefStream = dictionaryText;
            }
            else if (dictionaryText.Contains("/ObjStm", StringComparison.Ordinal))
            {
                if (!Unpack(dictionaryText, data, objects))
                {
                    return null;
                }
            }
            else
            {
                objects[number] = new PdfObject(number, dictionary, data);
            }
        }

        var trailer = ReadTrailer(text, xrefStream);
        return trailer is null || objects.Count == 0 ? null : new PdfFile(objects, trailer, xrefStream is null ? PdfLayout.Classic : PdfLayout.ObjectStreams);
    }

    /// <summary>The trailer dictionary of a classic file, or the entries of an xref stream's dictionary that a trailer would hold.</summary>
    private static string? ReadTrailer(string text, string? xrefStream)
    {
        string trailer;
        if (xrefStream is null)
        {
            var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
            var startXref = trailerAt < 0 ? -1 : text.IndexOf("startxref", trailerAt, StringComparison.Ordinal);
            if (startXref < 0)
            {
                return null;
            }

            trailer = text[(trailerAt + "trailer".Length)..startXref].Trim();
            trailer = SizeEntry().Replace(PrevEntry().Replace(trailer, " "), " ");
        }
        else
        {
            var entries = new[] { RootReference(), InfoReference(), IdArray() }.Select(r => r.Match(xrefStream)).Where(m => m.Success);
            trailer = $"<< {string.Join(" ", entries.Select(m => m.Value))} >>";
        }

        return trailer.Contains("/Encrypt", StringComparison.Ordinal) || !RootReference().IsMatch(trailer) ? null : trailer;
    }

    /// <summary>The objects packed in an /ObjStm, each added as an object of its own.</summary>
    private static bool Unpack(string dictionary, byte[] data, SortedDictionary<int, PdfObject> objects)
    {
        var count = IntegerEntry(dictionary, "N");
        var first = IntegerEntry(dictionary, "First");
        byte[] content;
        try
        {
            content = Inflate(data);
        }
        catch (InvalidDataException)
        {
            return false;
        }

        if (count is null || first is null || first > content.Length)
        {
            return false;
        }

        var pairs = Encoding.Latin1.GetString(content, 0, first.Value).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(int.Parse).ToArray();
        for (var i = 0; i < count && 2 * i + 1 < pairs.Length; i++)
        {
            var start = first.Value + pairs[2 * i + 1];
            var end = 2 * i + 3 < pairs.Length ? first.Value + pairs[2 * i + 3] : content.Length;
            objects[pairs[2 * i]] = new PdfObject(pairs[2 * i], Trim(content[start..end]), null);
        }

        return true;
    }

    private static int? IntegerEntry(string dictionary, string key) =>
        Regex.Match(dictionary, $@"/{key}\s+(\d+)") is { Success: true } m ? int.Parse(m.Groups[1].Value) : null;

    public WrittenPdf Write() => Write(Layout);

    public WrittenPdf Write(PdfLayout layout) => layout == PdfLayout.Classic ? WriteClassic() : WriteWithObjectStream(null);

    /// <summary>Writes with an object stream whose compressed data is replaced by <paramref name="objectStreamData"/>'s result (e.g. cut short).</summary>
    public WrittenPdf WriteWithObjectStream(Func<byte[], byte[]>? objectStreamData)
    {
        var output = new MemoryStream();
        Write(output, "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
        var size = Objects.Keys.Max() + 3;
        var objectStream = size - 2;
        var xrefStream = size - 1;
        var entries = new (byte Type, int Field2, int Field3)[size];
        var streams = new Dictionary<int, Range>();

        // Catalog and page tree root first, as writers that pack objects usually do; the rest in number order.
        var packed = Objects.Values.Where(o => o.Stream is null).ToList();
        var first = new List<int> { Root };
        if (PagesReference().Match(Objects[Root].BodyText) is { Success: true } pages)
        {
            first.Add(int.Parse(pages.Groups[1].Value));
        }

        packed = [.. packed.Where(o => first.Contains(o.Number)).OrderBy(o => first.IndexOf(o.Number)), .. packed.Where(o => !first.Contains(o.Number))];

        foreach (var obj in Objects.Values.Where(o => o.Stream is not null))
        {
            entries[obj.Number] = (1, (int)output.Position, 0);
            streams[obj.Number] = WriteObject(output, obj.Number, obj.Body, obj.Stream);
        }

        var header = new StringBuilder();
        var bodies = new MemoryStream();
        for (var i = 0; i < packed.Count; i++)
        {
            header.Append(packed[i].Number).Append(' ').Append(bodies.Position).Append(' ');
            entries[packed[i].Number] = (2, objectStream, i);
            bodies.Write(packed[i].Body);
            bodies.WriteByte((byte)'\n');
        }

        var headerBytes = Encoding.Latin1.GetBytes(header.ToString().TrimEnd() + "\n");
        var compressed = Deflate([.. headerBytes, .. bodies.ToArray()]);
        compressed = objectStreamData?.Invoke(compressed) ?? compressed;
        entries[objectStream] = (1, (int)output.Position, 0);
        streams[objectStream] = WriteObject(output, objectStream,
            Encoding.Latin1.GetBytes($"<< /Type /ObjStm /N {packed.Count} /First {headerBytes.Length} /Filter /FlateDecode /Length 0 >>"), compressed);

        var xrefAt = (int)output.Position;
        entries[0] = (0, 0, 65535);
        entries[xrefStream] = (1, xrefAt, 0);
        var table = new byte[size * 7];
        for (var i = 0; i < size; i++)
        {
            var (type, field2, field3) = entries[i];
            table[i * 7] = type;
            table[i * 7 + 1] = (byte)(field2 >> 24);
            table[i * 7 + 2] = (byte)(field2 >> 16);
            table[i * 7 + 3] = (byte)(field2 >> 8);
            table[i * 7 + 4] = (byte)field2;
            table[i * 7 + 5] = (byte)(field3 >> 8);
            table[i * 7 + 6] = (byte)field3;
        }

        var inner = Trailer.Trim()[2..^2].Trim();
        var xrefRange = WriteObject(output, xrefStream,
            Encoding.Latin1.GetBytes($"<< /Type /XRef /Size {size} /W [ 1 4 2 ] {inner} /Filter /FlateDecode /Length 0 >>"), Deflate(table));
        Write(output, $"startxref\n{xrefAt}\n%%EOF\n");
        var end = (int)output.Position;
        return new WrittenPdf(output.ToArray(), streams, xrefRange.Start.Value..end);
    }

    private WrittenPdf WriteClassic()
    {
        var output = new MemoryStream();
        Write(output, "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
        var size = Objects.Keys.Max() + 1;
        var offsets = new long[size];
        var streams = new Dictionary<int, Range>();
        foreach (var obj in Objects.Values)
        {
            offsets[obj.Number] = output.Position;
            var data = WriteObject(output, obj.Number, obj.Body, obj.Stream);
            if (obj.Stream is not null)
            {
                streams[obj.Number] = data;
            }
        }

        var xrefAt = (int)output.Position;
        var xref = new StringBuilder($"xref\n0 {size}\n");
        for (var i = 0; i < size; i++)
        {
            xref.Append(offsets[i] == 0 ? "0000000000 65535 f \n" : $"{offsets[i]:D10} 00000 n \n");
        }

        var trailer = Trailer.Trim();
        xref.Append($"trailer\n<< /Size {size} {trailer[2..^2].Trim()} >>\nstartxref\n{xrefAt}\n%%EOF\n");
        Write(output, xref.ToString());
        return new WrittenPdf(output.ToArray(), streams, xrefAt..(int)output.Position);
    }

    /// <summary>Writes one object; for a stream, /Length is set to the data's length and the data's range is returned.</summary>
    private static Range WriteObject(MemoryStream output, int number, byte[] body, byte[]? stream)
    {
        Write(output, $"{number} 0 obj\n");
        if (stream is null)
        {
            output.Write(body);
            Write(output, "\nendobj\n");
            return default;
        }

        var dictionary = LengthEntry().Replace(Encoding.Latin1.GetString(body), $"/Length {stream.Length}", 1);
        Write(output, dictionary + "\nstream\n");
        var start = (int)output.Position;
        output.Write(stream);
        var end = (int)output.Position;
        Write(output, "\nendstream\nendobj\n");
        return start..end;
    }

    public static byte[] Inflate(byte[] data)
    {
        using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }

    public static byte[] Deflate(byte[] data)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    public bool IsFlate(PdfObject obj) => obj.Stream is not null && obj.BodyText.Contains("/FlateDecode", StringComparison.Ordinal);

    /// <summary>Objects a font names as its /ToUnicode CMap.</summary>
    public IEnumerable<int> ToUnicodeStreams() =>
        Objects.Values.SelectMany(o => ToUnicodeReference().Matches(o.BodyText).Select(m => int.Parse(m.Groups[1].Value)))
            .Distinct().Where(n => Objects.TryGetValue(n, out var s) && s.Stream is not null).Order();

    /// <summary>Page content streams in page order (the page tree is read from /Kids, one level deep or more).</summary>
    public List<int> PageContentStreams()
    {
        var contents = new List<int>();
        foreach (var page in Pages())
        {
            var match = ContentsReference().Match(Objects[page].BodyText);
            if (match.Success && Objects.TryGetValue(int.Parse(match.Groups[1].Value), out var stream) && stream.Stream is not null)
            {
                contents.Add(stream.Number);
            }
        }

        return contents;
    }

    public List<int> Pages()
    {
        var pages = new List<int>();
        if (PagesReference().Match(Objects[Root].BodyText) is { Success: true } root)
        {
            AddPages(int.Parse(root.Groups[1].Value), pages, depth: 0);
        }

        return pages;
    }

    private void AddPages(int number, List<int> pages, int depth)
    {
        if (depth > 16 || !Objects.TryGetValue(number, out var node))
        {
            return;
        }

        var kids = KidsArray().Match(node.BodyText);
        if (!kids.Success)
        {
            pages.Add(number);
            return;
        }

        foreach (Match kid in Reference().Matches(kids.Groups[1].Value))
        {
            AddPages(int.Parse(kid.Groups[1].Value), pages, depth + 1);
        }
    }

    private static int? StreamLength(string dictionary, string file)
    {
        var match = LengthValue().Match(dictionary);
        if (!match.Success)
        {
            return null;
        }

        if (!match.Groups[2].Success)
        {
            return int.Parse(match.Groups[1].Value);
        }

        // /Length n 0 R: the number is its own object.
        var target = Regex.Match(file, $@"(?<![0-9]){match.Groups[1].Value} 0 obj\s*(\d+)\s*endobj");
        return target.Success ? int.Parse(target.Groups[1].Value) : null;
    }

    private static byte[] Trim(byte[] bytes)
    {
        var span = bytes.AsSpan();
        var start = 0;
        var end = span.Length;
        while (start < end && IsWhite(span[start]))
        {
            start++;
        }

        while (end > start && IsWhite(span[end - 1]))
        {
            end--;
        }

        return span[start..end].ToArray();
    }

    private static bool IsWhite(byte b) => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or 0 or 12;

    private static void Write(MemoryStream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));

    [GeneratedRegex(@"(?<=^|[\r\n])(\d+) (\d+) obj\b")]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"/Length(?![0-9A-Za-z])\s*(\d+)(\s+\d+\s+R)?")]
    private static partial Regex LengthValue();

    [GeneratedRegex(@"/Length(?![0-9A-Za-z])\s*\d+(\s+\d+\s+R)?")]
    private static partial Regex LengthEntry();

    [GeneratedRegex(@"/Size\s+\d+")]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"/(Prev|XRefStm)\s+\d+")]
    private static partial Regex PrevEntry();

    [GeneratedRegex(@"/Root\s+(\d+)\s+\d+\s+R")]
    private static partial Regex RootReference();

    [GeneratedRegex(@"/Info\s+\d+\s+\d+\s+R")]
    private static partial Regex InfoReference();

    [GeneratedRegex(@"/ID\s*\[[^\]]*\]")]
    private static partial Regex IdArray();

    [GeneratedRegex(@"/Pages\s+(\d+)\s+\d+\s+R")]
    private static partial Regex PagesReference();

    [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]")]
    private static partial Regex KidsArray();

    [GeneratedRegex(@"/Contents\s+(\d+)\s+\d+\s+R")]
    private static partial Regex ContentsReference();

    [GeneratedRegex(@"/ToUnicode\s+(\d+)\s+\d+\s+R")]
    private static partial Regex ToUnicodeReference();

    [GeneratedRegex(@"(\d+)\s+\d+\s+R")]
    private static partial Regex Reference();
}
