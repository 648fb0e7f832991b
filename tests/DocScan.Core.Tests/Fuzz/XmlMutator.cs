using System.Text;
using System.Text.RegularExpressions;

namespace DocScan.Core.Tests.Fuzz;

/// <summary>Makes an XML part no longer well-formed in one small place, the way a bad edit or a damaged byte does.</summary>
internal static partial class XmlMutator
{
    public static (byte[] Xml, string What) Damage(byte[] xml, Random random)
    {
        var text = Encoding.Latin1.GetString(xml);
        switch (random.Next(5))
        {
            case 0 when ClosingTag().Matches(text) is { Count: > 0 } closing:
                var drop = closing[random.Next(closing.Count)];
                return (Bytes(text.Remove(drop.Index, drop.Length)), $"closing tag at {drop.Index} removed");
            case 1:
                var at = random.Next(text.Length);
                return (Bytes(text.Insert(at, "<")), $"stray '<' at {at}");
            case 2:
                var over = random.Next(text.Length);
                var chars = text.ToCharArray();
                chars[over] = "<>&\"'"[random.Next(5)];
                return (Bytes(new string(chars)), $"'{chars[over]}' written at {over}");
            case 3 when StartTag().Matches(text) is { Count: > 0 } starts:
                var tag = starts[random.Next(starts.Count)].Groups[1];
                var renamed = text.ToCharArray();
                renamed[tag.Index + random.Next(tag.Length)] = 'Q';
                return (Bytes(new string(renamed)), $"start tag at {tag.Index} renamed");
            default:
                var entity = random.Next(text.Length);
                return (Bytes(text.Insert(entity, "&docscanfuzz;")), $"undefined entity at {entity}");
        }
    }

    private static byte[] Bytes(string latin1) => Encoding.Latin1.GetBytes(latin1);

    [GeneratedRegex(@"</[^>]{1,40}>")]
    private static partial Regex ClosingTag();

    [GeneratedRegex(@"<([A-Za-z][\w:.-]{0,40})[\s>/]")]
    private static partial Regex StartTag();
}
