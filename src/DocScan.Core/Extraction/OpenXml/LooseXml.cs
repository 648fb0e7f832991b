using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace DocScan.Core.Extraction.OpenXml;

internal enum LooseXmlTokenKind
{
    Start,
    /// <summary>A self-closing element, <c>&lt;w:tab/&gt;</c>: a start with no end to wait for.</summary>
    Empty,
    End,
    Text,
}

/// <param name="Name">The qualified element name (<c>w:t</c>); for text, empty.</param>
/// <param name="Value">Text with entities decoded, or the raw attributes of a start tag.</param>
internal readonly partial record struct LooseXmlToken(LooseXmlTokenKind Kind, string Name, string Value)
{
    public string LocalName => Name[(Name.IndexOf(':') + 1)..];

    /// <summary>The value of the attribute of that local name (<c>r</c>, <c>t</c>, <c>TargetMode</c>), decoded; null when absent.</summary>
    public string? Attribute(string localName)
    {
        foreach (Match match in AttributePattern().Matches(Value))
        {
            var name = match.Groups[1].Value;
            if (name[(name.IndexOf(':') + 1)..] == localName)
            {
                return WebUtility.HtmlDecode(match.Groups[2].Success ? match.Groups[2].Value : match.Groups[3].Value);
            }
        }

        return null;
    }

    [GeneratedRegex("""([^\s=/"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")]
    private static partial Regex AttributePattern();
}

/// <summary>
/// Reads markup that an XML parser refuses (a truncated part, changed bytes) as far as it makes sense:
/// tags and text are told apart by their angle brackets alone, and a broken tag is skipped instead of
/// ending the read, so the text after the damage is still there to scan.
/// </summary>
internal static class LooseXml
{
    private const string CDataStart = "<![CDATA[";
    private const string CDataEnd = "]]>";

    /// <summary>The part's characters: UTF-8 unless a byte order mark says otherwise, invalid bytes replaced.</summary>
    public static string Decode(ReadOnlyMemory<byte> bytes)
    {
        using var reader = new StreamReader(ContentStream.Open(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Whether the bytes look like markup (a part of unknown kind may be XML under any name).</summary>
    public static bool LooksLikeMarkup(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var start = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && bytes[start] == (byte)'<';
    }

    public static IEnumerable<LooseXmlToken> Tokens(string xml)
    {
        var at = 0;
        while (at < xml.Length)
        {
            var open = xml.IndexOf('<', at);
            if (open < 0)
            {
                yield return Text(xml[at..]);
                yield break;
            }

            if (open > at)
            {
                yield return Text(xml[at..open]);
            }

            if (Skip(xml, open, "<!--", "-->") is { } afterComment)
            {
                at = afterComment;
            }
            else if (string.CompareOrdinal(xml, open, CDataStart, 0, CDataStart.Length) == 0)
            {
                var from = open + CDataStart.Length;
                var end = xml.IndexOf(CDataEnd, from, StringComparison.Ordinal);
                yield return new LooseXmlToken(LooseXmlTokenKind.Text, "", end < 0 ? xml[from..] : xml[from..end]);
                at = end < 0 ? xml.Length : end + CDataEnd.Length;
            }
            else if (Skip(xml, open, "<?", "?>") is { } afterDeclaration)
            {
                at = afterDeclaration;
            }
            else if (TagEnd(xml, open) is { } close)
            {
                var tag = xml.AsSpan(open + 1, close - open - 1);
                if (Tag(tag) is { } token)
                {
                    yield return token;
                }

                at = close + 1;
            }
            else
            {
                // A '<' that starts no tag (damage, or a tag cut off by another): drop the bracket, keep what follows.
                at = open + 1;
            }
        }
    }

    private static LooseXmlToken Text(string raw) => new(LooseXmlTokenKind.Text, "", WebUtility.HtmlDecode(raw));

    /// <summary>Where the construct opened at <paramref name="at"/> ends (past its closing mark, or the end of the text); null when it is not that construct.</summary>
    private static int? Skip(string xml, int at, string opening, string closing)
    {
        if (string.CompareOrdinal(xml, at, opening, 0, opening.Length) != 0)
        {
            return null;
        }

        var end = xml.IndexOf(closing, at + opening.Length, StringComparison.Ordinal);
        return end < 0 ? xml.Length : end + closing.Length;
    }

    /// <summary>The '&gt;' that closes the tag opened at <paramref name="open"/>, quotes respected; null when another '&lt;' or the end comes first.</summary>
    private static int? TagEnd(string xml, int open)
    {
        var quote = '\0';
        for (var at = open + 1; at < xml.Length; at++)
        {
            var c = xml[at];
            if (c == '<')
            {
                // Never in a well-formed tag, not even in a quoted value.
                return null;
            }

            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return at;
            }
        }

        return null;
    }

    private static LooseXmlToken? Tag(ReadOnlySpan<char> tag)
    {
        var kind = LooseXmlTokenKind.Start;
        if (tag.StartsWith("/"))
        {
            kind = LooseXmlTokenKind.End;
            tag = tag[1..];
        }
        else if (tag.EndsWith("/"))
        {
            kind = LooseXmlTokenKind.Empty;
            tag = tag[..^1];
        }

        var nameEnd = tag.IndexOfAny(" \t\r\n");
        var name = (nameEnd < 0 ? tag : tag[..nameEnd]).ToString();
        if (name.Length == 0 || name.StartsWith('!'))
        {
            return null;
        }

        return new LooseXmlToken(kind, name, nameEnd < 0 ? "" : tag[nameEnd..].ToString());
    }
}
