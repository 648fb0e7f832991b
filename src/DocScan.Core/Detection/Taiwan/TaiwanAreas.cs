using System.Buffers;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// Lookups over <see cref="TaiwanAreaData"/>: counties and districts in either spelling (臺/台), plus
/// the names still printed on older household records, from before the 2010 and 2014 mergers
/// (臺北縣板橋市, 桃園縣中壢市).
/// </summary>
internal static class TaiwanAreas
{
    public const int CountyLength = 3;

    // 釣魚臺列嶼, the longest name in the list.
    private const int MaxDistrictLength = 5;

    // Counties that became special municipalities; their towns were 市, 鎮 or 鄉 before they became 區.
    private static readonly string[] MergedCounties = ["臺北縣", "桃園縣", "臺中縣", "臺南縣", "高雄縣"];

    private static readonly string[] MergedInto = ["新北市", "桃園市", "臺中市", "臺南市", "高雄市"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Counties = BuildCounties().GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Districts = BuildDistricts().GetAlternateLookup<ReadOnlySpan<char>>();

    // The last characters of all names (市 縣, 區 鄉 鎮 市 島 嶼): the parser asks at every character of
    // a road name whether a county or district ends there, and the answer is nearly always no.
    private static readonly SearchValues<char> CountyEnds = SearchValues.Create(string.Concat(Counties.Set.Select(n => n[^1]).Distinct()));

    private static readonly SearchValues<char> DistrictEnds = SearchValues.Create(string.Concat(Districts.Set.Select(n => n[^1]).Distinct()));

    // The last two characters of every district name (大安區 → 安區): where they do not end a name, no
    // name of any length does, and one look-up spares the four of the longest-first search (市 and 區
    // end many words that are no district: 本市, 地區).
    private static readonly HashSet<int> DistrictTails = [.. Districts.Set.Select(n => Pair(n[^2], n[^1]))];

    /// <summary>The length of the county name that ends just before <paramref name="end"/>, or 0.</summary>
    public static int CountyEndingAt(string text, int end, int limit) =>
        end - limit >= CountyLength && CountyEnds.Contains(Canonical(text[end - 1]))
        && Contains(Counties, text.AsSpan(end - CountyLength, CountyLength)) ? CountyLength : 0;

    /// <summary>The length of the longest district name that ends just before <paramref name="end"/>, or 0.</summary>
    public static int DistrictEndingAt(string text, int end, int limit)
    {
        if (end - limit < 2 || !DistrictEnds.Contains(Canonical(text[end - 1]))
            || !DistrictTails.Contains(Pair(Canonical(text[end - 2]), Canonical(text[end - 1]))))
        {
            return 0;
        }

        for (var length = Math.Min(MaxDistrictLength, end - limit); length >= 2; length--)
        {
            if (Contains(Districts, text.AsSpan(end - length, length)))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>The postal service's spelling: 臺, not 台.</summary>
    public static string Canonical(ReadOnlySpan<char> text) => text.ToString().Replace('台', '臺');

    /// <summary><see cref="Canonical(ReadOnlySpan{char})"/> into a buffer; returns the characters written.</summary>
    public static int Canonical(ReadOnlySpan<char> text, Span<char> destination)
    {
        for (var i = 0; i < text.Length; i++)
        {
            destination[i] = Canonical(text[i]);
        }

        return text.Length;
    }

    private static char Canonical(char c) => c == '台' ? '臺' : c;

    private static int Pair(char first, char second) => (first << 16) | second;

    private static bool Contains(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set, ReadOnlySpan<char> name)
    {
        if (name.Length > MaxDistrictLength)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MaxDistrictLength];
        for (var i = 0; i < name.Length; i++)
        {
            buffer[i] = Canonical(name[i]);
        }

        return set.Contains(buffer[..name.Length]);
    }

    private static HashSet<string> BuildCounties()
    {
        var counties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (county, _) in TaiwanAreaData.Areas)
        {
            counties.Add(county);
        }

        counties.UnionWith(MergedCounties);
        return counties;
    }

    private static HashSet<string> BuildDistricts()
    {
        var districts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (county, names) in TaiwanAreaData.Areas)
        {
            var merged = Array.IndexOf(MergedInto, county) >= 0;
            foreach (var name in names.Split(' '))
            {
                districts.Add(name);

                // One-character stems (中區, 東區) were never towns of their own.
                if (merged && name.Length >= 3 && name[^1] == '區')
                {
                    var stem = name[..^1];
                    districts.Add(stem + "市");
                    districts.Add(stem + "鎮");
                    districts.Add(stem + "鄉");
                }
            }
        }

        return districts;
    }
}
