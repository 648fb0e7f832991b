using System.Buffers;
using System.Text.RegularExpressions;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// Reads a Taiwan address backwards from its 號, the one part every street address has:
/// 縣市 鄉鎮市區 村里 鄰 路/街/大道 段 巷 弄 號, then forwards over 之 樓 室. Working from 號 keeps it
/// cheap (most text has none) and settles where a road name starts: at the district, county or
/// punctuation before it.
/// </summary>
internal static partial class TaiwanAddressParser
{
    private const int MaxRoadName = 6;

    // Most road names are two or three characters (中山路, 忠孝東路).
    private const int FallbackRoadName = 3;

    private const int MaxVillageName = 3;

    // Words that introduce an address and never belong to a road's name (住中山路, 設籍於民生路).
    private const string Stops = "住址於在設籍即係為的之及與或";

    // A village's name never holds a town's suffix: 里港鄉里港路 is a township and a road, not a village.
    private const string TownSuffixes = "區鄉鎮縣";

    // A section's number: 4段 or 四段.
    private static readonly SearchValues<char> SectionNumerals = SearchValues.Create("0123456789一二三四五六七八九十");

    private const string Directions = "東西南北";

    public enum Part
    {
        County,
        District,
        Village,
        Neighbourhood,
        Road,
        Place,
        Section,
        Lane,
        Alley,
        Number,
        Floor,
        Sub,
        Room,
    }

    public readonly record struct Component(Part Part, int Start, int End);

    /// <summary>A parsed address: its span, whether it names a county, district and road, and its parts in order.</summary>
    /// <param name="NumberEnd">Just after the house number's 號.</param>
    /// <param name="RoadSuffix">Where 路, 街 or 大道 starts, or -1.</param>
    public sealed record Address(int Start, int End, int NumberEnd, bool HasCounty, bool HasDistrict, int RoadSuffix, Component[] Parts)
    {
        public bool HasRoad => RoadSuffix >= 0;
    }

    /// <summary>The address whose house number ends with the 號 at <paramref name="numberMark"/>, reading no further back than <paramref name="limit"/>.</summary>
    public static Address? TryParse(string text, int numberMark, int limit)
    {
        var numberEnd = SpaceBack(text, numberMark, limit);
        var start = DigitsBack(text, numberEnd, limit, 5);
        if (start < 0)
        {
            return null;
        }

        // 12之3號, 12-3號
        if (start - 1 > limit && text[start - 1] is '之' or '-' && DigitsBack(text, start - 1, limit, 5) is var first and >= 0)
        {
            start = first;
        }

        // 府授地字第1130123456號, 第6-16號信箱: numbered documents and boxes, not houses.
        var before = start > limit ? text[start - 1] : ' ';
        if (before == '第' || char.IsAsciiLetter(before))
        {
            return null;
        }

        // Most 號 are not addresses: the parts are gathered on the stack, and an array is made only for an address.
        var parts = new Components(stackalloc Component[Components.Capacity]);
        parts.Add(new Component(Part.Number, start, numberMark + 1));
        var p = start;
        p = NumberedPart(text, p, limit, '弄', Part.Alley, ref parts);
        p = NumberedPart(text, p, limit, '巷', Part.Lane, ref parts);
        p = Section(text, p, limit, ref parts);
        var roadSuffix = Road(text, ref p, limit, ref parts);
        var hasRoad = roadSuffix >= 0;
        if (!hasRoad)
        {
            p = Place(text, p, limit, ref parts);
        }

        p = NumberedPart(text, p, limit, '鄰', Part.Neighbourhood, ref parts);
        p = Village(text, p, limit, ref parts);
        var hasDistrict = Named(text, ref p, limit, TaiwanAreas.DistrictEndingAt, Part.District, ref parts);
        var hasCounty = Named(text, ref p, limit, TaiwanAreas.CountyEndingAt, Part.County, ref parts);
        if (!hasRoad && !hasDistrict)
        {
            return null;
        }

        parts.Reverse();
        var end = Tail(text, numberMark + 1, ref parts);
        return new Address(p, end, numberMark + 1, hasCounty, hasDistrict, roadSuffix, parts.ToArray());
    }

    /// <summary>臺北市大安區○○路○段○號: county and district stay, everything that finds the house goes.</summary>
    public static string Mask(string text, Address address)
    {
        // No part grows by more than two characters (路 → ○○路); the buffer is on the stack for all
        // but absurd addresses, so one string is made per address.
        var room = address.End - address.Start + 2 * address.Parts.Length;
        Span<char> masked = room <= 256 ? stackalloc char[room] : new char[room];
        var n = 0;
        foreach (var part in address.Parts)
        {
            var span = text.AsSpan(part.Start, part.End - part.Start).Trim(' ');
            switch (part.Part)
            {
                case Part.County or Part.District:
                    n += TaiwanAreas.Canonical(span, masked[n..]);
                    break;
                case Part.Village or Part.Road:
                    n += Write(masked, n, "○○");
                    n += Write(masked, n, span.EndsWith("大道") ? "大道" : span[^1..]);
                    break;
                case Part.Place:
                    n += Write(masked, n, "○○");
                    break;
                case Part.Sub:
                    n += Write(masked, n, "之○");
                    break;
                case Part.Floor:
                    n += Write(masked, n, "○樓");
                    break;
                default:
                    masked[n++] = '○';
                    masked[n++] = span[^1];
                    break;
            }
        }

        return new string(masked[..n]);
    }

    /// <summary>The parts found so far, in a buffer on the stack.</summary>
    private ref struct Components(Span<Component> buffer)
    {
        // Read backwards: number, alley, lane, section, road or place, 鄰, village, district, county;
        // then forwards: 之, floor, 之, room.
        public const int Capacity = 13;

        private readonly Span<Component> _buffer = buffer;
        private int _count;

        public void Add(Component component) => _buffer[_count++] = component;

        public readonly void Reverse() => _buffer[.._count].Reverse();

        public readonly Component[] ToArray() => _buffer[.._count].ToArray();
    }

    private static int Write(Span<char> buffer, int at, ReadOnlySpan<char> chars)
    {
        chars.CopyTo(buffer[at..]);
        return chars.Length;
    }

    private static int NumberedPart(string text, int p, int limit, char suffix, Part part, ref Components parts)
    {
        var q = SpaceBack(text, p, limit);
        if (q - 1 <= limit || text[q - 1] != suffix)
        {
            return p;
        }

        var start = DigitsBack(text, SpaceBack(text, q - 1, limit), limit, 4);
        if (start < 0)
        {
            return p;
        }

        parts.Add(new Component(part, start, p));
        return start;
    }

    // 四段, 4段, and 東一段 after a road (光明六路東一段): the direction belongs to the section.
    private static int Section(string text, int p, int limit, ref Components parts)
    {
        var q = SpaceBack(text, p, limit);
        if (q - 1 <= limit || text[q - 1] != '段')
        {
            return p;
        }

        var from = Math.Max(limit, q - 3);
        var start = from + text.AsSpan(from, q - 1 - from).LastIndexOfAnyExcept(SectionNumerals) + 1;
        if (start == q - 1)
        {
            return p;
        }

        if (start - 1 > limit && Directions.Contains(text[start - 1]) && text[start - 2] is '路' or '街' or '道')
        {
            start--;
        }

        parts.Add(new Component(Part.Section, start, p));
        return start;
    }

    /// <summary>Reads a road ending before <paramref name="p"/>, returning where its 路, 街 or 大道 starts, or -1.</summary>
    private static int Road(string text, ref int p, int limit, ref Components parts)
    {
        var q = SpaceBack(text, p, limit);
        int nameEnd;
        if (q - 2 > limit && text[q - 2] == '大' && text[q - 1] == '道')
        {
            nameEnd = q - 2;
        }
        else if (q - 1 > limit && text[q - 1] is '路' or '街')
        {
            nameEnd = q - 1;
        }
        else
        {
            return -1;
        }

        var start = RoadStart(text, nameEnd, limit);
        if (start < 0)
        {
            return -1;
        }

        parts.Add(new Component(Part.Road, start, p));
        p = start;
        return nameEnd;
    }

    // Rural addresses number houses by a place name after the 鄰: 富世村1鄰富世291號.
    private static int Place(string text, int p, int limit, ref Components parts)
    {
        var run = NameRun(text, p, limit, 4);
        for (var k = 1; k <= run; k++)
        {
            if (p - k - 1 >= limit && text[p - k - 1] == '鄰')
            {
                parts.Add(new Component(Part.Place, p - k, p));
                return p - k;
            }
        }

        return p;
    }

    private static int Village(string text, int p, int limit, ref Components parts)
    {
        var q = SpaceBack(text, p, limit);
        if (q - 1 <= limit || text[q - 1] is not ('村' or '里') || TaiwanAreas.DistrictEndingAt(text, q, limit) > 0)
        {
            return p;
        }

        var start = VillageStart(text, q - 1, limit);
        if (start < 0)
        {
            // Unmarked: most village names have two characters.
            start = NameRun(text, q - 1, limit, 2) == 2 ? q - 3 : -1;
            if (start < 0)
            {
                return p;
            }
        }

        parts.Add(new Component(Part.Village, start, p));
        return start;
    }

    private static bool Named(string text, ref int p, int limit, Func<string, int, int, int> endingAt, Part part, ref Components parts)
    {
        var q = SpaceBack(text, p, limit);
        var length = endingAt(text, q, limit);
        if (length == 0)
        {
            return false;
        }

        parts.Add(new Component(part, q - length, p));
        p = q - length;
        return true;
    }

    /// <summary>
    /// Where a road name ending at <paramref name="end"/> starts: the shortest name that a district,
    /// county, village, 鄰 or punctuation precedes, else a guess of the usual length.
    /// </summary>
    private static int RoadStart(string text, int end, int limit)
    {
        var run = NameRun(text, end, limit, MaxRoadName);
        for (var k = 1; k <= run; k++)
        {
            var s = end - k;
            if (IsBoundary(text, s, limit) || (text[s - 1] is '村' or '里' && VillageStart(text, s - 1, limit) >= 0))
            {
                return s;
            }
        }

        return run == 0 ? -1 : end - Math.Min(run, FallbackRoadName);
    }

    /// <summary>Where a village name ending at <paramref name="end"/> (before its 村 or 里) starts, when something marks it; else -1.</summary>
    private static int VillageStart(string text, int end, int limit)
    {
        for (var k = 1; k <= MaxVillageName && end - k >= limit && IsNameChar(text[end - k]) && !TownSuffixes.Contains(text[end - k]); k++)
        {
            if (IsBoundary(text, end - k, limit))
            {
                return end - k;
            }
        }

        return -1;
    }

    private static int NameRun(string text, int end, int limit, int max)
    {
        var run = 0;
        while (run < max && end - run - 1 >= limit && IsNameChar(text[end - run - 1]))
        {
            run++;
        }

        return run;
    }

    // A name starts after a district, a county, a 鄰 number, punctuation or an introducing word.
    private static bool IsBoundary(string text, int s, int limit) =>
        s == limit || !IsNameChar(text[s - 1]) || text[s - 1] == '鄰'
        || TaiwanAreas.DistrictEndingAt(text, s, limit) > 0 || TaiwanAreas.CountyEndingAt(text, s, limit) > 0;

    // What may follow 號, in this order: 之1, a floor with its own 之2, and a room. A floor may stand
    // one space after the number.
    private static int Tail(string text, int p, ref Components parts)
    {
        p = PartAt(SubNumber(), text, p, Part.Sub, ref parts);
        var floor = p < text.Length && text[p] == ' ' ? p + 1 : p;
        var floorEnd = PartAt(Floor(), text, floor, Part.Floor, ref parts);
        if (floorEnd > floor)
        {
            p = text[floorEnd - 1] is '樓' or 'F' ? PartAt(SubNumber(), text, floorEnd, Part.Sub, ref parts) : floorEnd;
        }

        return PartAt(Room(), text, p, Part.Room, ref parts);
    }

    /// <summary>Adds the part that <paramref name="pattern"/> finds at <paramref name="p"/>, if any; returns where it ends.</summary>
    private static int PartAt(Regex pattern, string text, int p, Part part, ref Components parts)
    {
        foreach (var match in pattern.EnumerateMatches(text.AsSpan(p)))
        {
            parts.Add(new Component(part, p, p + match.Length));
            return p + match.Length;
        }

        return p;
    }

    // 之1 after 號 or 樓.
    [GeneratedRegex("^之[0-9]{1,3}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex SubNumber();

    // 3樓, 十二樓, 地下一樓, B2F, or B1 without 樓.
    [GeneratedRegex(
        "^(?:(?:(?:地下|B)(?:[0-9]{1,2}|[一二三四五六七八九十])|[0-9]{1,3}|[一二三四五六七八九十]{1,3})[樓F](?![A-Za-z])|B[0-9]{1,2}(?![0-9A-Za-z]))",
        RegexOptions.CultureInvariant)]
    private static partial Regex Floor();

    [GeneratedRegex("^[0-9]{1,4}室", RegexOptions.CultureInvariant)]
    private static partial Regex Room();

    /// <summary>The start of 1..max ASCII digits ending at <paramref name="end"/>, or -1 (also when the run is longer).</summary>
    private static int DigitsBack(string text, int end, int limit, int max)
    {
        var start = limit + text.AsSpan(limit, end - limit).LastIndexOfAnyExceptInRange('0', '9') + 1;
        return start < end && end - start <= max ? start : -1;
    }

    // One space may separate parts, as text copied from PDF forms often has (臺北市 大安區 100 號).
    private static int SpaceBack(string text, int p, int limit) => p - 1 >= limit && text[p - 1] == ' ' ? p - 1 : p;

    private static bool IsNameChar(char c) => c is >= '\u4E00' and <= '\u9FFF' && !Stops.Contains(c);
}
