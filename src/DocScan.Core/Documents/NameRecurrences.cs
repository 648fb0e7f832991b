using DocScan.Core.Detection;
using DocScan.Core.Detection.Common;
using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Extraction;

namespace DocScan.Core.Documents;

/// <summary>
/// The step after roles that finds a person again wherever the document repeats his name. A ruling names
/// its defendant once after 被告 and then bare (吳冠霖犯竊盜罪, 經查吳冠霖並無前科); a letter names the
/// 陳情人 once and later only by name. Every repetition is the same person's name: left unmasked, the
/// draft would still print it. A repetition takes the role of the name where it was found (private if it
/// was private anywhere), so an official named in the letterhead stays official in the body. Document
/// properties are left out: the author and editor there are the agency's staff who wrote the file.
/// </summary>
internal static class NameRecurrences
{
    /// <summary>Detector id of the findings this step adds.</summary>
    public const string DetectorId = "name-recurrence";

    // A two-character name (王明) is too often a part of ordinary words to be looked for bare.
    private const int MinCjkNameLength = 3;

    // A name in Latin capitals needs at least a given name and a family name (NGUYEN VAN AN).
    private const int MinLatinWords = 2;

    private static readonly string[] NameTypes = [FindingTypes.PersonName, FindingTypes.EvaluatorName];

    /// <summary>The findings with every further occurrence of each found name added after them.</summary>
    public static IReadOnlyList<Finding> Add(IReadOnlyList<Finding> findings, IReadOnlyList<TextSegment> segments)
    {
        var names = findings
            .Where(f => NameTypes.Contains(f.Type) && IsSearchable(f.Value))
            .GroupBy(f => f.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.FirstOrDefault(f => f.Role == FindingRole.Private) ?? g.First(), StringComparer.Ordinal);
        if (names.Count == 0)
        {
            return findings;
        }

        var taken = new Dictionary<TextSegment, List<(int Start, int Length)>>(ReferenceEqualityComparer.Instance);
        foreach (var finding in findings.Where(f => NameTypes.Contains(f.Type)))
        {
            Spans(taken, finding.Segment).Add((finding.Start, finding.Length));
        }

        var search = new LongestMatchSearch(names.Keys);
        var added = new List<Finding>();
        foreach (var segment in segments.Where(s => s.Source != SegmentSources.Metadata))
        {
            foreach (var (at, value) in search.FindIn(segment.Text))
            {
                var spans = Spans(taken, segment);
                if (!spans.Any(t => t.Start < at + value.Length && at < t.Start + t.Length) && StandsAlone(segment.Text, at, value))
                {
                    spans.Add((at, value.Length));
                    added.Add(names[value] with { Detector = DetectorId, Segment = segment, Start = at, Length = value.Length });
                }
            }
        }

        return added.Count == 0 ? findings : [.. findings, .. added];
    }

    private static List<(int Start, int Length)> Spans(Dictionary<TextSegment, List<(int Start, int Length)>> taken, TextSegment segment)
    {
        if (!taken.TryGetValue(segment, out var spans))
        {
            spans = [];
            taken[segment] = spans;
        }

        return spans;
    }

    private static bool IsSearchable(string value)
    {
        if (value.Length >= MinCjkNameLength && value.All(ChineseNames.IsIdeograph))
        {
            return true;
        }

        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= MinLatinWords && words.All(w => w.Length >= 2 && w.All(char.IsAsciiLetterUpper));
    }

    // A Latin name inside a longer run of capitals (NGUYEN VAN ANH for NGUYEN VAN AN) is another name.
    private static bool StandsAlone(string text, int at, string value)
    {
        if (ChineseNames.IsIdeograph(value[0]))
        {
            return true;
        }

        var end = at + value.Length;
        return (at == 0 || !char.IsAsciiLetter(text[at - 1])) && (end == text.Length || !char.IsAsciiLetter(text[end]));
    }
}
