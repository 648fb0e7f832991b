using System.Buffers;
using System.Collections.Frozen;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// Lookups over <see cref="TaiwanAreaData"/>: counties and districts in either spelling (臺/台), plus
/// the names still printed on older household records, from before the 2010 and 2014 mergers
/// (臺北縣板橋市, 桃園縣中壢市).
/// </summary>
internal static class TaiwanAreas
{
    private const int CountyLength = 3;

    // Counties that became special municipalities; their towns were 市, 鎮 or 鄉 before they became 區.
    private static readonly string[] MergedCounties = ["臺北縣", "桃園縣", "臺中縣", "臺南縣", "高雄縣"];

    private static readonly string[] MergedInto = ["新北市", "桃園市", "臺中市", "臺南市", "高雄市"];

    // Each name in both spellings, so the text is looked up as it stands.
    private static readonly HashSet<string> CountyNames =
        [.. TaiwanAreaData.Areas.Select(a => a.County).Concat(MergedCounties).SelectMany(BothSpellings)];

    private static readonly HashSet<string> DistrictNames =
        [.. TaiwanAreaData.Areas.SelectMany(a => a.Districts.Split(' ').SelectMany(d => WithFormerNames(a.County, d)))
            .SelectMany(BothSpellings)];

    // Every county name is three characters: a look-up reads them from the text without a copy.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Counties = CountyNames.GetAlternateLookup<ReadOnlySpan<char>>();

    // The last characters of all names (市 縣, 區 鄉 鎮 市 島 嶼): the parser asks at every character of
    // a road name whether a county or district ends there, and the answer is nearly always no.
    private static readonly SearchValues<char> CountyEnds = SearchValues.Create(string.Concat(CountyNames.Select(n => n[^1]).Distinct()));

    private static readonly SearchValues<char> DistrictEnds = SearchValues.Create(string.Concat(DistrictNames.Select(n => n[^1]).Distinct()));

    // District names by their last two characters (大安區 under 安區), longest first: one look-up finds
    // the few names that may end at a place (市 and 區 end many words that are no district: 本市, 地區),
    // and only those are compared.
    private static readonly FrozenDictionary<int, string[]> DistrictsByTail = DistrictNames
        .GroupBy(n => Pair(n[^2], n[^1]))
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(n => n.Length).ToArray());

    /// <summary>The length of the county name that ends just before <paramref name="end"/>, or 0.</summary>
    public static int CountyEndingAt(string text, int end, int limit) =>
        end - limit >= CountyLength && CountyEnds.Contains(text[end - 1])
        && Counties.Contains(text.AsSpan(end - CountyLength, CountyLength)) ? CountyLength : 0;

    /// <summary>The length of the longest district name that ends just before <paramref name="end"/>, or 0.</summary>
    public static int DistrictEndingAt(string text, int end, int limit)
    {
        if (end - limit < 2 || !DistrictEnds.Contains(text[end - 1]) || !DistrictsByTail.TryGetValue(Pair(text[end - 2], text[end - 1]), out var names))
        {
            return 0;
        }

        foreach (var name in names)
        {
            if (name.Length <= end - limit && text.AsSpan(0, end).EndsWith(name, StringComparison.Ordinal))
            {
                return name.Length;
            }
        }

        return 0;
    }

    /// <summary>The postal service's spelling (臺, not 台) of <paramref name="text"/>, into a buffer; returns the characters written.</summary>
    public static int Canonical(ReadOnlySpan<char> text, Span<char> destination)
    {
        text.Replace(destination, '台', '臺');
        return text.Length;
    }

    private static int Pair(char first, char second) => (first << 16) | second;

    private static IEnumerable<string> BothSpellings(string name) => [name, name.Replace('臺', '台')];

    private static IEnumerable<string> WithFormerNames(string county, string district)
    {
        yield return district;

        // One-character stems (中區, 東區) were never towns of their own.
        if (MergedInto.Contains(county) && district.Length >= 3 && district[^1] == '區')
        {
            foreach (var suffix in "市鎮鄉")
            {
                yield return district[..^1] + suffix;
            }
        }
    }
}
