using System.Text;
using DocScan.Core.Detection;
using DocScan.Core.Rules;

namespace DocScan.Redaction;

/// <summary>What a masked value turns into under the agency's <see cref="RedactionRules"/>, named as its rules name the type.</summary>
internal static class MaskText
{
    private const string Circle = "○";
    private const string Asterisk = "＊";

    public static string For(Finding finding, string original, ScanRules rules)
    {
        if (rules.Redaction.PartialIds && finding.Type is FindingTypes.NationalId or FindingTypes.ResidentId)
        {
            // The detector's masked form is the land-office style: first three, ****, last three.
            return finding.Masked;
        }

        return rules.Redaction.MaskStyle switch
        {
            MaskStyle.Label => $"〔{rules.Definition(finding.Type).Label}〕",
            MaskStyle.Asterisk => PerCharacter(original, Asterisk),
            _ => PerCharacter(original, Circle),
        };
    }

    /// <summary>One mask per character; white space stays, so a value keeps its length and layout.</summary>
    private static string PerCharacter(string original, string mask)
    {
        var text = new StringBuilder(original.Length);
        foreach (var rune in original.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                text.Append(rune.ToString());
            }
            else
            {
                text.Append(mask);
            }
        }

        return text.ToString();
    }
}
