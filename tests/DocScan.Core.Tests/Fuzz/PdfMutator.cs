using System.Text;
using System.Text.RegularExpressions;

namespace DocScan.Core.Tests.Fuzz;

/// <summary>
/// Damage to one part of a PDF whose structure is otherwise intact (the file is rewritten with correct
/// offsets): one object's dictionary, one stream's compressed bytes, a font's ToUnicode CMap, the
/// cross-reference data, an object stream cut short.
/// </summary>
internal static partial class PdfMutator
{
    public const string Object = "pdf-object";
    public const string StreamFlip = "pdf-stream-flip";
    public const string StreamCut = "pdf-stream-cut";
    public const string CMap = "pdf-cmap";
    public const string Xref = "pdf-xref";
    public const string ObjectStreamCut = "pdf-objstm-cut";
    public const string ObjectStreamShort = "pdf-objstm-short";

    public static IReadOnlyList<string> KindsFor(PdfFile pdf) => pdf.Layout == PdfLayout.ObjectStreams
        ? [Object, StreamFlip, StreamCut, CMap, Xref, ObjectStreamCut, ObjectStreamShort]
        : [Object, StreamFlip, StreamCut, CMap, Xref];

    public static Mutation Apply(string kind, PdfFile pdf, Random random) => kind switch
    {
        Object => DamageObject(pdf, random),
        StreamFlip => FlipStream(pdf, random),
        StreamCut => CutStream(pdf, random),
        CMap => DamageCMap(pdf, random),
        Xref => DamageXref(pdf, random),
        ObjectStreamCut => CutObjectStream(pdf, random),
        ObjectStreamShort => ShortObjectStream(pdf, random),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static Mutation DamageObject(PdfFile pdf, Random random)
    {
        var candidates = pdf.Objects.Values.Where(o => o.Stream is null && o.Body.Length > 2).ToList();
        var target = candidates[random.Next(candidates.Count)];
        var body = target.Body.ToList();
        string what;
        switch (random.Next(3))
        {
            case 0:
                var count = random.Next(1, 4);
                for (var i = 0; i < count; i++)
                {
                    body[random.Next(body.Count)] = (byte)"<>[]()/{} %"[random.Next(11)];
                }

                what = $"{count} delimiter(s) written over";
                break;
            case 1:
                var at = random.Next(body.Count);
                var length = Math.Min(random.Next(1, 17), body.Count - at);
                body.RemoveRange(at, length);
                what = $"{length} bytes deleted at {at}";
                break;
            default:
                var keep = random.Next(1, body.Count);
                body.RemoveRange(keep, body.Count - keep);
                what = $"cut after {keep} bytes";
                break;
        }

        return new Mutation(Object, pdf.With(target with { Body = [.. body] }).Write().Bytes, $"object {target.Number}: {what}");
    }

    private static Mutation FlipStream(PdfFile pdf, Random random)
    {
        if (PickFlate(pdf, random) is not { } target)
        {
            var bytes = pdf.Write().Bytes;
            return ByteMutator.FlipBits(bytes, random, 0, bytes.Length, 4) with { Kind = StreamFlip + "(none)>" + ByteMutator.Flip };
        }

        var flipped = ByteMutator.FlipBits(target.Stream!, random, 0, target.Stream!.Length, random.Next(1, 5));
        return new Mutation(StreamFlip, pdf.With(target with { Stream = flipped.Content }).Write().Bytes,
            $"{Describe(pdf, target)}: {flipped.Detail} of {target.Stream!.Length}");
    }

    private static Mutation CutStream(PdfFile pdf, Random random)
    {
        if (PickFlate(pdf, random) is not { } target)
        {
            return FlipStream(pdf, random);
        }

        var keep = random.Next(1, target.Stream!.Length);
        return new Mutation(StreamCut, pdf.With(target with { Stream = target.Stream![..keep] }).Write().Bytes,
            $"{Describe(pdf, target)}: kept {keep} of {target.Stream!.Length} bytes");
    }

    /// <summary>Changes a few bytes of a font's ToUnicode CMap so that it no longer parses, and compresses it again.</summary>
    private static Mutation DamageCMap(PdfFile pdf, Random random)
    {
        var cmaps = pdf.ToUnicodeStreams().Where(n => pdf.IsFlate(pdf.Objects[n])).ToList();
        if (cmaps.Count == 0)
        {
            return FlipStream(pdf, random) with { Kind = CMap + "(none)>" + StreamFlip };
        }

        var target = pdf.Objects[cmaps[random.Next(cmaps.Count)]];
        var text = Encoding.Latin1.GetString(PdfFile.Inflate(target.Stream!));
        var (damaged, what) = DamageCMapText(text, random);
        return new Mutation(CMap, pdf.With(target with { Stream = PdfFile.Deflate(Encoding.Latin1.GetBytes(damaged)) }).Write().Bytes,
            $"ToUnicode object {target.Number}: {what}");
    }

    public static (string Text, string What) DamageCMapText(string cmap, Random random)
    {
        var mappings = Mapping().Matches(cmap);
        switch (random.Next(4))
        {
            case 0 when mappings.Count > 0:
                // Hex digits turned into letters that are not hex: the mapping lines stop parsing.
                var chars = cmap.ToCharArray();
                var count = random.Next(2, 5);
                for (var i = 0; i < count; i++)
                {
                    var line = mappings[random.Next(mappings.Count)];
                    chars[line.Index + random.Next(1, line.Length - 1)] = "GHKQXZ"[random.Next(6)];
                }

                return (new string(chars), $"{count} hex digits replaced");
            case 1:
                var keyword = new[] { "endbfchar", "endbfrange", "endcodespacerange", "endcmap" }.Where(k => cmap.Contains(k, StringComparison.Ordinal)).ToList();
                if (keyword.Count > 0)
                {
                    var drop = keyword[random.Next(keyword.Count)];
                    return (cmap.Replace(drop, "", StringComparison.Ordinal), $"'{drop}' removed");
                }

                goto default;
            case 2:
                return (Count().Replace(cmap, m => $"{int.Parse(m.Groups[1].Value) * 7 + 13} {m.Groups[2].Value}", 1), "first block count wrong");
            default:
                var keep = random.Next(1, cmap.Length);
                return (cmap[..keep], $"cut after {keep} of {cmap.Length} chars");
        }
    }

    private static Mutation DamageXref(PdfFile pdf, Random random)
    {
        var written = pdf.Write();
        var bytes = written.Bytes;
        if (pdf.Layout == PdfLayout.ObjectStreams)
        {
            // The xref stream is the last stream written.
            var data = written.StreamData.Values.MaxBy(r => r.Start.Value);
            var flipped = ByteMutator.FlipBits(bytes, random, data.Start.Value, data.End.Value, random.Next(1, 4));
            return new Mutation(Xref, flipped.Content, "xref stream: " + flipped.Detail);
        }

        var start = written.Xref.Start.Value;
        var table = Encoding.Latin1.GetString(bytes, start, written.Xref.End.Value - start);
        switch (random.Next(3))
        {
            case 0:
                // A digit of one object's offset changed: that object is looked for in the wrong place.
                var entries = Regex.Matches(table, @"\d{10} 00000 n");
                var digit = start + entries[random.Next(entries.Count)].Index + random.Next(4, 10);
                bytes[digit] = (byte)('0' + (bytes[digit] - '0' + random.Next(1, 10)) % 10);
                return new Mutation(Xref, bytes, $"xref entry digit at {digit}");
            case 1:
                var value = start + table.IndexOf("startxref", StringComparison.Ordinal) + "startxref\n".Length + random.Next(2);
                bytes[value] = (byte)('0' + (bytes[value] - '0' + random.Next(1, 10)) % 10);
                return new Mutation(Xref, bytes, "startxref digit");
            default:
                bytes[start + table.IndexOf("/Root", StringComparison.Ordinal) + random.Next(1, 5)] ^= 0x20;
                return new Mutation(Xref, bytes, "/Root key damaged");
        }
    }

    /// <summary>The object stream's compressed data cut short (its /Length and the xref say the shorter length).</summary>
    private static Mutation CutObjectStream(PdfFile pdf, Random random)
    {
        var detail = "";
        var bytes = pdf.WriteWithObjectStream(data =>
        {
            var keep = random.Next(2, data.Length);
            detail = $"object stream: kept {keep} of {data.Length} compressed bytes";
            return data[..keep];
        }).Bytes;
        return new Mutation(ObjectStreamCut, bytes, detail);
    }

    /// <summary>The object stream holds fewer objects than its /N and header say: a valid Flate stream of a cut-off text.</summary>
    private static Mutation ShortObjectStream(PdfFile pdf, Random random)
    {
        var detail = "";
        var bytes = pdf.WriteWithObjectStream(data =>
        {
            var inflated = PdfFile.Inflate(data);
            var keep = random.Next(1, inflated.Length);
            detail = $"object stream: kept {keep} of {inflated.Length} decompressed bytes";
            return PdfFile.Deflate(inflated[..keep]);
        }).Bytes;
        return new Mutation(ObjectStreamShort, bytes, detail);
    }

    private static PdfObject? PickFlate(PdfFile pdf, Random random)
    {
        var streams = pdf.Objects.Values.Where(o => pdf.IsFlate(o) && o.Stream!.Length > 2).ToList();
        return streams.Count == 0 ? null : streams[random.Next(streams.Count)];
    }

    private static string Describe(PdfFile pdf, PdfObject stream)
    {
        var page = pdf.PageContentStreams().IndexOf(stream.Number);
        return page >= 0 ? $"page {page + 1} content (object {stream.Number})"
            : pdf.ToUnicodeStreams().Contains(stream.Number) ? $"ToUnicode (object {stream.Number})"
            : $"stream object {stream.Number}";
    }

    [GeneratedRegex(@"<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>")]
    private static partial Regex Mapping();

    [GeneratedRegex(@"(\d+) (beginbfchar|beginbfrange)")]
    private static partial Regex Count();
}
