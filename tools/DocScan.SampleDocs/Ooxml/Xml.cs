using System.Text;

namespace DocScan.SampleDocs.Ooxml;

public static class Xml
{
    /// <summary>The declaration Office writes at the top of every part.</summary>
    public const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Escapes and keeps leading/trailing spaces, as Word's <c>xml:space="preserve"</c> needs.</summary>
    public static string SpaceAttribute(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) ? " xml:space=\"preserve\"" : "";
}
