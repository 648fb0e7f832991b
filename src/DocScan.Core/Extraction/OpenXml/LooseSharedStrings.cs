using System.Text;

namespace DocScan.Core.Extraction.OpenXml;

internal static class LooseSharedStrings
{
    /// <summary>
    /// The strings of a shared string table read with <see cref="LooseXml"/>, in order, phonetic
    /// guides left out as Excel does; a string cut off by the damage is kept as far as it goes.
    /// </summary>
    public static List<string> Read(IEnumerable<LooseXmlToken> tokens)
    {
        var strings = new List<string>();
        var open = new Stack<string>();
        StringBuilder? current = null;
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case LooseXmlTokenKind.Start:
                    open.Push(token.LocalName);
                    if (token.LocalName == "si")
                    {
                        Close();
                        current = new StringBuilder();
                    }

                    break;
                case LooseXmlTokenKind.Empty when token.LocalName == "si":
                    Close();
                    strings.Add("");
                    break;
                case LooseXmlTokenKind.End:
                    open.TryPop(out _);
                    if (token.LocalName == "si")
                    {
                        Close();
                    }

                    break;
                case LooseXmlTokenKind.Text when current is not null && open.TryPeek(out var holder) && holder == "t" && !open.Contains("rPh"):
                    current.Append(token.Value);
                    break;
            }
        }

        Close();
        return strings;

        void Close()
        {
            if (current is not null)
            {
                strings.Add(current.ToString());
                current = null;
            }
        }
    }
}
