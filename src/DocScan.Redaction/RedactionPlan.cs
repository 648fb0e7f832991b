using System.Text;
using DocScan.Core.Detection;
using DocScan.Core.Documents;
using DocScan.Core.Extraction.OpenXml;
using DocScan.Core.Policy;
using DocScan.Core.Rules;

namespace DocScan.Redaction;

/// <summary>
/// What one draft takes out: the original characters of every finding the policy redacts (and its
/// normalized value), each with its mask, or with an evaluator's code in a dual-draft release. Writers
/// look for these texts in whatever text they meet, so a value is masked everywhere it is written the
/// same way, not only where it was reported.
/// </summary>
public sealed class RedactionPlan
{
    // One character is too little to know it is the value and not part of something else.
    private const int MinTargetLength = 2;

    private readonly TargetSet _exact;
    private readonly TargetSet _compact;

    private RedactionPlan(List<MaskTarget> targets, IReadOnlyList<EvaluatorCode> codes, bool exposesRecipients, bool release,
        IReadOnlyList<ImageMask> imageMasks)
    {
        ImageMasks = imageMasks;
        _exact = new TargetSet(targets.Select(t => (t.Text, t)));
        _compact = new TargetSet(targets.Select(t => (Compact(t.Text), t)).Where(t => t.Item1.Length >= MinTargetLength));
        EvaluatorCodes = codes;
        HidesRecipients = exposesRecipients && !release;
        SplitsRecipients = exposesRecipients && release;
    }

    /// <summary>Codes given to evaluators, in order of first appearance; empty unless the plan uses codes.</summary>
    public IReadOnlyList<EvaluatorCode> EvaluatorCodes { get; }

    /// <summary>Recipients who would see each other (recipient-exposure) move to Bcc in the draft.</summary>
    public bool HidesRecipients { get; }

    /// <summary>Recipients who would see each other get one message each (dual-draft release): the writer leaves them for the splitter.</summary>
    public bool SplitsRecipients { get; }

    public bool IsEmpty => _exact.Count == 0;

    /// <summary>Boxes over values read by OCR: their pixels are painted over in the draft.</summary>
    public IReadOnlyList<ImageMask> ImageMasks { get; }

    /// <summary>The boxes to paint on the image whose text was read into segments at <paramref name="path"/> (container chain included).</summary>
    public IReadOnlyList<ImageMask> ImageMasksAt(string path) => ImageMasks.Where(m => m.Path == path).ToList();

    /// <param name="release">The release draft of a dual-draft package: evaluator names become 委員A, 委員B… instead of
    /// masks, and exposed recipients get one message each instead of Bcc.</param>
    /// <param name="alsoMask">Findings a reviewer asked to mask anyway (仍要遮蔽), whoever they belong to and whatever their type's verdict.</param>
    public static RedactionPlan Create(IReadOnlyList<Finding> findings, ScanRules rules, bool release, IReadOnlySet<Finding>? alsoMask = null)
    {
        var targets = new Dictionary<string, MaskTarget>(StringComparer.Ordinal);
        var codes = new Dictionary<string, EvaluatorCode>(StringComparer.Ordinal);
        var hidesRecipients = false;
        var imageMasks = new List<ImageMask>();
        foreach (var finding in findings)
        {
            // Official and organisation data (the letterhead, officials in role, companies) stays as printed, unless a reviewer chose otherwise.
            if (alsoMask?.Contains(finding) != true
                && (!VerdictPolicy.Counts(finding, rules) || rules.VerdictFor(finding.Type) is Verdict.Release or Verdict.Review or Verdict.Block))
            {
                continue;
            }

            if (finding.Segment.Ocr is { } layout)
            {
                imageMasks.AddRange(layout.BoxesFor(finding.Start, finding.Length)
                    .Select(box => new ImageMask(finding.Segment.Path, box, layout.ImageWidth, layout.ImageHeight)));
            }

            if (finding.Type == FindingTypes.RecipientExposure)
            {
                hidesRecipients = true;
                continue;
            }

            var original = Original(finding);
            if (release && finding.Type == FindingTypes.EvaluatorName)
            {
                var code = CodeFor(finding.Value, codes);
                Add(targets, original, code, finding.Type, overrides: true);
                Add(targets, finding.Value, code, finding.Type, overrides: true);
                continue;
            }

            Add(targets, original, MaskText.For(finding, original, rules), finding.Type, overrides: false);
            Add(targets, finding.Value, MaskText.For(finding, finding.Value, rules), finding.Type, overrides: false);
        }

        return new RedactionPlan([.. targets.Values], [.. codes.Values], hidesRecipients, release, imageMasks);
    }

    /// <summary>The text with every target replaced.</summary>
    public string Apply(string text)
    {
        var matches = _exact.Find(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var at = 0;
        foreach (var match in matches)
        {
            result.Append(text, at, match.Start - at).Append(match.Target.Replacement);
            at = match.Start + match.Length;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    public bool Touches(string text) => _exact.Find(text).Count > 0;

    internal List<TargetMatch> Find(string text) => _exact.Find(text);

    /// <summary>Matches in text compared without white space and after NFKC (for PDF letters, where spacing is the layout's).</summary>
    internal List<TargetMatch> FindCompact(string compactText) => _compact.Find(compactText);

    /// <summary>The form <see cref="FindCompact"/> compares: NFKC, no white space, no dashes.</summary>
    internal static string Compact(string text) => ScanRules.Canonical(Normalizable(text));

    /// <summary>The text without what NFKC refuses (half a surrogate pair, noncharacters such as U+FFFF): glyph names and raw bytes hold them.</summary>
    internal static string Normalizable(string text)
    {
        if (!text.Any(c => char.IsSurrogate(c) || c >= '\uFDD0' && c <= '\uFDEF' || c >= '\uFFFE'))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var value = rune.Value;
            if (rune != Rune.ReplacementChar && value is not (>= 0xFDD0 and <= 0xFDEF) && (value & 0xFFFE) != 0xFFFE)
            {
                clean.Append(rune.ToString());
            }
        }

        return clean.ToString();
    }

    private static string Original(Finding finding)
    {
        var text = finding.Segment.Text;
        return finding.Start >= 0 && finding.Length > 0 && finding.Start + finding.Length <= text.Length
            ? text.Substring(finding.Start, finding.Length)
            : finding.Value;
    }

    private static string CodeFor(string name, Dictionary<string, EvaluatorCode> codes)
    {
        var key = ScanRules.Canonical(name);
        if (!codes.TryGetValue(key, out var code))
        {
            // Spreadsheet column letters: A … Z, AA, AB … for committees of any size.
            code = new EvaluatorCode($"委員{SpreadsheetText.ColumnName((uint)codes.Count + 1)}", key);
            codes[key] = code;
        }

        return code.Code;
    }

    private static void Add(Dictionary<string, MaskTarget> targets, string text, string replacement, string type, bool overrides)
    {
        if (text.Trim().Length < MinTargetLength || text == replacement)
        {
            return;
        }

        if (overrides || !targets.ContainsKey(text))
        {
            targets[text] = new MaskTarget(text, replacement, type);
        }
    }
}
