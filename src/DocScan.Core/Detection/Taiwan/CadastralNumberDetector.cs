using System.Text.RegularExpressions;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// Land (地號) and building (建號) numbers as land offices print them: 大安段一小段0123-0000地號,
/// 大安段一小段 01234-000建號, a 地號：0123-0000 field, several numbers sharing one 地號
/// (123、124地號), and the bare number in a transcript table column headed 地號 or 建號.
/// </summary>
internal abstract partial class CadastralNumberDetector(char kind, string id, string findingType) : IDetector
{
    private readonly string _label = kind + "號";

    private static readonly Keywords NumberMark = ["號"];

    // How far before 地號 a section name and a list of numbers may start.
    private const int Window = 160;

    public string Id => id;

    public string FindingType => findingType;

    /// <summary>A number, and 地號 (建號) or a table cell under a 地號 (建號) header.</summary>
    public DetectorRequirements Requirements { get; } = new(NumberMark, OrTableCell: true, MinDigits: 1);

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        var text = input.Text;
        var foundBefore = found.Count;
        var searched = 0;
        for (var at = text.IndexOf('號'); at >= 0; at = text.IndexOf('號', at + 1))
        {
            // 地號, or 地　　號 spaced out in a transcript's fixed-width field.
            var label = text.AsSpan(0, at).TrimEnd(" \t").Length - 1;
            if (label < 0 || text[label] != kind)
            {
                continue;
            }

            var labelEnd = at + 1;
            if (label == at - 1)
            {
                // Only what lies between the previous match and this label: the pattern ends at the label.
                var from = Math.Max(searched, label - Window);
                var suffixed = Suffixed().Match(text, from, labelEnd - from);
                if (suffixed.Success)
                {
                    // A section name makes it unmistakable; a bare number before 地號 is still one.
                    var confidence = suffixed.Groups["section"].Success ? 0.95 : 0.85;
                    found.Add(Build(suffixed.Index, suffixed.Length, suffixed.Value, confidence));
                    searched = labelEnd;
                    continue;
                }
            }

            var labelled = Labelled().Match(text, labelEnd);
            if (labelled.Success)
            {
                // 建物坐落地號：龍泉段二小段 0123-0000: the section, when the field gives it, is part of the value.
                var number = labelled.Groups["number"];
                var section = labelled.Groups["section"];
                var start = section.Success ? section.Index : number.Index;
                var end = number.Index + number.Length;
                found.Add(Build(start, end - start, text[start..end], section.Success ? 0.95 : 0.9, withSuffix: true));
                searched = labelled.Index + labelled.Length;
            }
        }

        if (found.Count == foundBefore && input.Segment.Cell is not null && text.Length <= 24 && input.ColumnHeader is { } header
            && header.Replace(" ", "", StringComparison.Ordinal).Contains(_label, StringComparison.Ordinal))
        {
            var cell = BareNumber().Match(text);
            if (cell.Success)
            {
                var number = cell.Groups["number"];
                found.Add(Build(number.Index, number.Length, number.Value, 0.85, withSuffix: true));
            }
        }
    }

    private DetectorMatch Build(int start, int length, string printed, double confidence, bool withSuffix = false)
    {
        var value = string.Concat(printed.Where(c => !char.IsWhiteSpace(c))) + (withSuffix ? _label : "");
        return new DetectorMatch(start, length, value, Mask(value), confidence);
    }

    // The section stays for the reviewer; each sub-number (after the dash), or the tail of a number
    // without one, is starred: 大安段一小段0123-****地號, 12*、12*地號.
    private static string Mask(string value) => NumberAndSub().Replace(value, m =>
    {
        var kept = m.Groups["sub"].Success ? m.Groups["sub"].Index - m.Index : Math.Min(2, m.Length);
        return m.Value[..kept] + new string('*', m.Length - kept);
    });

    // Section names are a few ideographs (大安, 新店 or ○○ in a form), never an address or the 坐落
    // that precedes them; a 小段 follows in numerals or Chinese numerals.
    private const string SectionName = @"[\p{IsCJKUnifiedIdeographs}○〇-[市縣區鄉鎮村里路街巷弄號坐落於位之及、地建]]{1,6}段(?:[ \t]*[一二三四五六七八九十0-9○〇]{1,3}小段)?";

    [GeneratedRegex(
        @"(?<section>" + SectionName + @")?[ \t]*(?<![0-9-])[0-9]{1,5}(?:-[0-9]{1,4})?(?:[ \t]*[、,及][ \t]*[0-9]{1,5}(?:-[0-9]{1,4})?){0,20}[ \t]*[地建]號$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Suffixed();

    // 地號：0123-0000, 地號：龍泉段二小段 0123-0000, 地 號 0123-0000, 建號: 01234-000. Without a colon
    // only the printed full form.
    [GeneratedRegex(
        @"\G[ \t]*(?::[ \t]*(?:(?<section>" + SectionName + @")[ \t]*)?(?<number>[0-9]{1,5}(?:-[0-9]{1,4})?)|(?<number>[0-9]{4,5}-[0-9]{3,4}))(?![0-9-])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^[ \t]*(?<number>[0-9]{4,5}(?:-[0-9]{3,4})?|[0-9]{1,5}-[0-9]{1,4})[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumber();

    [GeneratedRegex("[0-9]+(?:-(?<sub>[0-9]+))?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberAndSub();
}
