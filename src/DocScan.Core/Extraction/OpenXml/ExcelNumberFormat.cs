using System.Globalization;
using System.Text;

namespace DocScan.Core.Extraction.OpenXml;

/// <summary>
/// How a number cell reads on screen under its number format, for the formats that are simple to
/// render: digit placeholders, grouping, decimals, percent, literals (<c>"0"#########</c> shows a phone
/// number's leading zero), and dates (Gregorian <c>yyyy/M/d</c>, or ROC <c>yy/M/d</c> for the
/// <c>e</c> year of zh-TW formats). Anything else (fractions, conditions, times) shows the stored value,
/// integers without a trailing <c>.0</c>.
/// </summary>
internal sealed class ExcelNumberFormat
{
    public static readonly ExcelNumberFormat General = new("General");

    // Excel's serial 60 is the 29 February 1900 that never was; earlier serials are a day off in .NET.
    private const double FirstReliableSerial = 61;
    private const double LastSerial = 2958465;
    private const double Date1904Offset = 1462;
    private const int RocYearOffset = 1911;
    private const double LargestExactInteger = 1e15;

    private readonly Section[] _sections;

    private ExcelNumberFormat(string code) =>
        _sections = SplitSections(code).Select(Section.Parse).ToArray();

    public static ExcelNumberFormat Parse(string code) => new(code);

    public static ExcelNumberFormat BuiltIn(uint id) => new(BuiltInCode(id));

    /// <summary>True when the format shows no text either (<c>;;;</c>): a classic way to hide a cell.</summary>
    public bool HidesText => _sections.Length >= 4 && _sections[3].IsEmpty;

    /// <summary>The displayed text of a stored number, and whether the format shows nothing at all.</summary>
    public (string Text, bool Invisible) Format(string raw, bool date1904)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            return (raw, false);
        }

        var (section, shown) = SectionFor(value);
        if (section.IsEmpty)
        {
            return (GeneralText(raw, value), true);
        }

        var text = section.Kind switch
        {
            Kind.Number => NumberText(shown, section.DotNetFormat),
            Kind.Date => DateText(value, date1904, section, roc: false),
            Kind.RocDate => DateText(value, date1904, section, roc: true),
            _ => null,
        };
        return (text ?? GeneralText(raw, value), false);
    }

    /// <summary>Excel picks a section by sign: positive;negative;zero;text. A negative section shows the absolute value.</summary>
    private (Section Section, double Shown) SectionFor(double value) => value switch
    {
        < 0 when _sections.Length > 1 => (_sections[1], Math.Abs(value)),
        0 when _sections.Length > 2 => (_sections[2], value),
        _ => (_sections[0], value),
    };

    private static string? NumberText(double value, string format)
    {
        try
        {
            return value.ToString(format, CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            // A format .NET reads differently from Excel: the stored value is shown instead.
            return null;
        }
    }

    private static string GeneralText(string raw, double value) =>
        Math.Abs(value) < LargestExactInteger && value == Math.Floor(value)
            ? value.ToString("0", CultureInfo.InvariantCulture)
            : raw;

    private static string? DateText(double serial, bool date1904, Section section, bool roc)
    {
        var adjusted = date1904 ? serial + Date1904Offset : serial;
        if (adjusted < FirstReliableSerial || adjusted > LastSerial)
        {
            return null;
        }

        var date = DateTime.FromOADate(adjusted);
        var year = roc ? date.Year - RocYearOffset : date.Year;
        var text = $"{year}/{date.Month}/{date.Day}";
        return section.HasTime ? $"{text} {date:H:mm}{(section.HasSeconds ? date.ToString(":ss", CultureInfo.InvariantCulture) : "")}" : text;
    }

    private static IEnumerable<string> SplitSections(string code)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    quoted = !quoted;
                    break;
                case '\\' when !quoted:
                    i++;
                    break;
                case ';' when !quoted:
                    yield return code[start..i];
                    start = i + 1;
                    break;
            }
        }

        yield return code[start..];
    }

    private static string BuiltInCode(uint id) => id switch
    {
        1 => "0",
        2 => "0.00",
        3 => "#,##0",
        4 => "#,##0.00",
        9 => "0%",
        10 => "0.00%",
        11 => "0.00E+00",
        14 or 15 or 16 or 17 or 30 or 31 => "yyyy/m/d",
        22 => "yyyy/m/d h:mm",
        27 or 28 or 29 or 36 or 50 or 51 or 54 or 57 or 58 => "[$-404]e/m/d",
        18 or 19 or 20 or 21 or 32 or 33 or 34 or 35 or 45 or 46 or 47 or 52 or 53 or 55 or 56 => "h:mm",
        37 or 38 => "#,##0;(#,##0)",
        39 or 40 => "#,##0.00;(#,##0.00)",
        48 => "##0.0E+0",
        49 => "@",
        _ => "General",
    };

    private enum Kind
    {
        General,
        Number,
        Date,
        RocDate,
    }

    private sealed record Section(Kind Kind, string DotNetFormat, bool IsEmpty, bool HasTime, bool HasSeconds)
    {
        private const string NumberSkeletonChars = "0#,.%+-()$ ";

        public static Section Parse(string code)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                return new Section(Kind.General, "", IsEmpty: true, HasTime: false, HasSeconds: false);
            }

            // The .NET custom format keeps literals; the skeleton keeps only what decides the kind.
            var format = new StringBuilder();
            var skeleton = new StringBuilder();
            var supported = true;
            for (var i = 0; i < code.Length; i++)
            {
                var c = code[i];
                switch (c)
                {
                    case '"':
                        var end = code.IndexOf('"', i + 1);
                        end = end < 0 ? code.Length : end;
                        format.Append('"').Append(code, i + 1, end - i - 1).Append('"');
                        i = end;
                        break;
                    case '\\' when i + 1 < code.Length:
                        format.Append('\\').Append(code[++i]);
                        break;
                    case '_' when i + 1 < code.Length:
                        format.Append(' ');
                        i++;
                        break;
                    case '*' when i + 1 < code.Length:
                        i++;
                        break;
                    case '[':
                        var close = code.IndexOf(']', i + 1);
                        close = close < 0 ? code.Length : close;
                        supported &= ReadBracket(code[(i + 1)..close], format, skeleton);
                        i = close;
                        break;
                    default:
                        format.Append(c);
                        skeleton.Append(c);
                        break;
                }
            }

            var shape = skeleton.ToString();
            var kind = supported ? KindOf(shape) : Kind.General;
            var lower = shape.ToLowerInvariant();
            return new Section(kind, format.ToString(), IsEmpty: false,
                HasTime: lower.Contains('h') || lower.Contains('s'), HasSeconds: lower.Contains('s'));
        }

        /// <summary>[Red] and locales are dropped, a currency symbol ([$NT$-404]) is a literal, a condition ([&lt;100]) is not supported.</summary>
        private static bool ReadBracket(string content, StringBuilder format, StringBuilder skeleton)
        {
            if (content.Length == 0 || content[0] is '<' or '>' or '=')
            {
                return false;
            }

            if (content[0] == '$')
            {
                var dash = content.IndexOf('-');
                var symbol = dash < 0 ? content[1..] : content[1..dash];
                format.Append('"').Append(symbol).Append('"');
                return true;
            }

            if (content.Trim('h', 'H', 'm', 'M', 's', 'S').Length == 0)
            {
                // Elapsed time ([h]:mm) is a time.
                skeleton.Append('h');
            }

            return true;
        }

        private static Kind KindOf(string shape)
        {
            var lower = shape.ToLowerInvariant();
            if (lower.Contains("general") || lower.Contains('@') || lower.Contains('?') || lower.Contains('/') && !HasDatePart(lower))
            {
                return Kind.General;
            }

            if (lower.Contains("e+") || lower.Contains("e-"))
            {
                return shape.All(c => NumberSkeletonChars.Contains(c) || c is 'E' or 'e') ? Kind.Number : Kind.General;
            }

            if (HasDatePart(lower))
            {
                return lower.Contains('e') ? Kind.RocDate : Kind.Date;
            }

            var isNumber = shape.Any(c => c is '0' or '#') && shape.All(c => NumberSkeletonChars.Contains(c));
            return isNumber ? Kind.Number : Kind.General;
        }

        private static bool HasDatePart(string lower) => lower.Contains('y') || lower.Contains('d') || lower.Contains('e');
    }
}
