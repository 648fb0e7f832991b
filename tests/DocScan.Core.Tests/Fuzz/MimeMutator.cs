using System.Text;
using System.Text.RegularExpressions;

namespace DocScan.Core.Tests.Fuzz;

/// <summary>
/// Damage to an e-mail message as mail gateways and bad copies do it: a part boundary that no longer
/// matches, a base64 body with bad characters, a lost line or cut short, a damaged part header, or an
/// attachment damaged in its own format (base64-encoded again around it).
/// </summary>
internal static partial class MimeMutator
{
    public const string Boundary = "mime-boundary";
    public const string Base64 = "mime-base64";
    public const string Header = "mime-header";
    public const string Attachment = "mime-attachment";

    public static readonly string[] Kinds = [Boundary, Base64, Header, Attachment];

    public static Mutation Apply(string kind, byte[] content, Random random, int depth)
    {
        var text = Encoding.Latin1.GetString(content);
        return kind switch
        {
            Boundary => DamageBoundary(text, random),
            Base64 => DamageBase64(text, random),
            Header => DamageHeader(text, random),
            Attachment => DamageAttachment(text, random, depth),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        } ?? DamageBase64(text, random) ?? ByteMutator.Apply(ByteMutator.Flip, content, random) with { Kind = kind + "(none)>" + ByteMutator.Flip };
    }

    private static Mutation? DamageBoundary(string text, Random random)
    {
        var boundaries = BoundaryParameter().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList();
        if (boundaries.Count == 0)
        {
            return null;
        }

        var boundary = boundaries[random.Next(boundaries.Count)];
        var lines = Regex.Matches(text, "^--" + Regex.Escape(boundary) + "(--)?", RegexOptions.Multiline).ToList();
        if (lines.Count == 0)
        {
            return null;
        }

        var line = lines[random.Next(lines.Count)];
        switch (random.Next(3))
        {
            case 0:
                var at = line.Index + random.Next(2, line.Length);
                var chars = text.ToCharArray();
                chars[at] = chars[at] == 'X' ? 'Y' : 'X';
                return Result(Boundary, new string(chars), $"delimiter line at {line.Index}: one character changed");
            case 1:
                return Result(Boundary, text.Remove(line.Index, line.Length), $"delimiter line at {line.Index} removed");
            default:
                var parameter = BoundaryParameter().Match(text);
                return Result(Boundary, text.Remove(parameter.Index, parameter.Length), "boundary parameter removed from Content-Type");
        }
    }

    private static Mutation? DamageBase64(string text, Random random)
    {
        var blocks = Base64Block().Matches(text).ToList();
        if (blocks.Count == 0)
        {
            return null;
        }

        var block = blocks[random.Next(blocks.Count)];
        var newline = block.Value.Contains('\r') ? "\r\n" : "\n";
        var lines = block.Value.Replace("\r", "").Split('\n');
        var index = random.Next(lines.Length);
        string damaged;
        string what;
        switch (random.Next(4))
        {
            case 0:
                var chars = lines[index].ToCharArray();
                var count = random.Next(1, 4);
                for (var i = 0; i < count; i++)
                {
                    chars[random.Next(chars.Length)] = "!*#~%"[random.Next(5)];
                }

                lines[index] = new string(chars);
                damaged = string.Join(newline, lines);
                what = $"{count} invalid characters in line {index}";
                break;
            case 1:
                var replaced = lines[index].ToCharArray();
                var position = random.Next(replaced.Length);
                replaced[position] = Alphabet[random.Next(Alphabet.Length)];
                lines[index] = new string(replaced);
                damaged = string.Join(newline, lines);
                what = $"one character changed in line {index}";
                break;
            case 2:
                damaged = string.Join(newline, lines.Where((_, i) => i != index));
                what = $"line {index} of {lines.Length} lost";
                break;
            default:
                damaged = string.Join(newline, lines.Take(index));
                what = $"cut after line {index} of {lines.Length}";
                break;
        }

        return Result(Base64, text[..block.Index] + damaged + text[(block.Index + block.Length)..], $"base64 block at {block.Index}: {what}");
    }

    private static Mutation? DamageHeader(string text, Random random)
    {
        var headers = PartHeader().Matches(text).ToList();
        if (headers.Count == 0)
        {
            return null;
        }

        var header = headers[random.Next(headers.Count)];
        var value = header.Groups[2];
        var chars = value.Value.ToCharArray();
        var at = random.Next(chars.Length - 1);
        (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
        if (chars.SequenceEqual(value.Value))
        {
            chars[at] = 'x';
        }

        return Result(Header, text[..value.Index] + new string(chars) + text[(value.Index + value.Length)..],
            $"{header.Groups[1].Value} value misspelt");
    }

    private static Mutation? DamageAttachment(string text, Random random, int depth)
    {
        var attachments = new List<(Match Block, byte[] Data)>();
        foreach (Match block in Base64Block().Matches(text))
        {
            try
            {
                var data = Convert.FromBase64String(block.Value.Replace("\r", "").Replace("\n", ""));
                if (Mutators.IsDocument(data, ""))
                {
                    attachments.Add((block, data));
                }
            }
            catch (FormatException)
            {
            }
        }

        if (attachments.Count == 0 || depth >= 3)
        {
            return null;
        }

        var (chosen, bytes) = attachments[random.Next(attachments.Count)];
        var inner = Mutators.MutateStructured(bytes, "", random, depth + 1);
        var newline = chosen.Value.Contains('\r') ? "\r\n" : "\n";
        var encoded = string.Join(newline, Convert.ToBase64String(inner.Content).Chunk(76).Select(c => new string(c)));
        var message = text[..chosen.Index] + encoded + text[(chosen.Index + chosen.Length)..];
        return inner.Inside(Attachment, $"attachment at {chosen.Index}", Encoding.Latin1.GetBytes(message));
    }

    private static Mutation Result(string kind, string text, string what) => new(kind, Encoding.Latin1.GetBytes(text), what);

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    [GeneratedRegex("boundary=\"?([^\";\\r\\n]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex BoundaryParameter();

    // Lines of base64 (the last one may end in padding), at least two of them or one long one.
    [GeneratedRegex(@"(?<=\n)(?:(?:[A-Za-z0-9+/]{40,76}\r?\n)+[A-Za-z0-9+/]{1,76}={0,2}|[A-Za-z0-9+/]{16,76}={0,2})(?=\r?\n)")]
    private static partial Regex Base64Block();

    [GeneratedRegex(@"^(Content-Transfer-Encoding|Content-Type):[ \t]*([^\r\n;]+)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex PartHeader();
}
