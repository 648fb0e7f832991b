using System.Text;
using DocScan.Core.Detection.Common;
using DocScan.Core.Rules;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// Street addresses (住址, 戶籍地址, 送達地址) in Taiwan's address grammar, from county down to floor.
/// An address needs a house number (號) and a road or a known district; 發文字號 and 案號 end in 號
/// too but follow 第. The agency's own letterhead addresses are not findings, nor are the venues
/// of meetings and courses (會議地點：…, 假…舉行), which every meeting notice prints.
/// </summary>
internal sealed class AddressDetector(ScanRules rules) : IDetector
{
    private static readonly Keywords VenueLabels = ["會議地點", "開會地點", "上課地點", "訓練地點", "活動地點", "辦理地點", "集合地點", "會場"];

    // 開會地點：本局4樓第2會議室（臺中市西屯區臺灣大道三段99號）: the room may stand between label and
    // address, within the same clause.
    private const int VenueWindow = 30;

    private const string ClauseBreaks = "。;\n";

    private readonly string[] _agencyAddresses = rules.Agency.Addresses.Select(AgencyCore).Where(a => a.Length > 0).ToArray();

    public string Id => "tw-address";

    public string FindingType => FindingTypes.Address;

    // A house number: digits, then 號.
    private static readonly Keywords HouseNumberMark = ["號"];

    public DetectorRequirements Requirements => new(HouseNumberMark, MinDigits: 1);

    public IEnumerable<Keywords> Keywords => [VenueLabels];

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        var text = input.Text;
        var limit = 0;
        var mark = text.IndexOf('號');
        while (mark >= 0)
        {
            if (TaiwanAddressParser.TryParse(text, mark, limit) is { } address)
            {
                limit = address.End;
                if (!IsAgencyAddress(text, address) && !IsVenue(input, address.Start))
                {
                    found.Add(new DetectorMatch(address.Start, address.End - address.Start,
                        Canonical(text.AsSpan(address.Start, address.End - address.Start)),
                        TaiwanAddressParser.Mask(text, address), Confidence(address)));
                }
            }

            mark = mark + 1 < text.Length ? text.IndexOf('號', Math.Max(mark + 1, limit)) : -1;
        }
    }

    // 假臺北市…舉行: 假 introduces where an event is held.
    private static bool IsVenue(DetectionInput input, int start)
    {
        var text = input.Text;
        if (NumberContext.CharBefore(text, start) == '假' || input.HasLabelBefore(start, VenueLabels, 8))
        {
            return true;
        }

        var from = Math.Max(0, start - VenueWindow);
        var clauseBreak = text.AsSpan(from, start - from).LastIndexOfAny(ClauseBreaks);
        if (clauseBreak >= 0)
        {
            from += clauseBreak + 1;
        }

        return input.HasBefore(start, VenueLabels, start - from);
    }

    private static double Confidence(TaiwanAddressParser.Address address) => address switch
    {
        { HasRoad: true, HasDistrict: true, HasCounty: true } => 0.95,
        { HasRoad: true, HasDistrict: true } or { HasRoad: true, HasCounty: true } => 0.9,
        { HasDistrict: true } => 0.85,
        _ => 0.75,
    };

    // A letterhead may print the address with or without county, postal code or floor, and a bare
    // road may carry the agency's name in front (本府市府路1號): then only the road's last two
    // characters and the number are compared.
    private bool IsAgencyAddress(string text, TaiwanAddressParser.Address address)
    {
        if (_agencyAddresses.Length == 0)
        {
            return false;
        }

        var from = address.HasCounty || address.HasDistrict ? address.Start : Math.Max(address.Start, address.RoadSuffix - 2);
        return IsAgencyCore(Canonical(text.AsSpan(from, address.NumberEnd - from)));
    }

    /// <summary>Whether an address found elsewhere (by a recognizer) is one of the agency's letterhead addresses.</summary>
    internal bool IsAgencyAddress(string written) => IsAgencyCore(AgencyCore(written));

    private bool IsAgencyCore(string core) =>
        core.Length > 0 && _agencyAddresses.Any(a => a.EndsWith(core, StringComparison.Ordinal) || core.EndsWith(a, StringComparison.Ordinal));

    /// <summary>An agency address from the rules file, down to its house number.</summary>
    private static string AgencyCore(string written)
    {
        var text = written.Normalize(NormalizationForm.FormKC);
        var mark = text.LastIndexOf('號');
        if (mark >= 0 && TaiwanAddressParser.TryParse(text, mark, 0) is { } address)
        {
            return Canonical(text.AsSpan(address.Start, address.NumberEnd - address.Start));
        }

        return Canonical(text.AsSpan());
    }

    private static string Canonical(ReadOnlySpan<char> address)
    {
        // Written into a buffer on the stack: one string per address, not a builder and a string.
        Span<char> buffer = address.Length <= 256 ? stackalloc char[address.Length] : new char[address.Length];
        var n = 0;
        foreach (var c in address)
        {
            if (!char.IsWhiteSpace(c))
            {
                buffer[n++] = c == '台' ? '臺' : c;
            }
        }

        return new string(buffer[..n]);
    }
}
