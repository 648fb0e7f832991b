using System.Text.RegularExpressions;
using DocScan.Core.Detection;

namespace DocScan.SampleDocs.Catalog;

/// <summary>Contact data: phone numbers, e-mail addresses, street addresses and birth dates.</summary>
public sealed partial class Plantings
{
    /// <summary>
    /// A phone number as printed: (02)2351-1711 分機301, 04-2228-9111, 0912-345-678. The area code is
    /// what the parentheses or the first dash set apart; the extension is not part of the number.
    /// </summary>
    public string Phone(string printed, string source, bool hiddenSheet = false, string? role = null)
    {
        var number = PhoneParts().Match(IdChecksum.Normalize(printed));
        if (!number.Success)
        {
            throw new InvalidOperationException($"{printed} is not a phone number as the samples print them.");
        }

        var digits = number.Groups["area"].Value + new string(number.Groups["local"].Value.Where(char.IsAsciiDigit).ToArray());
        var mobile = digits.StartsWith("09", StringComparison.Ordinal);
        if (digits.Length is < 9 or > 10 || (mobile && digits.Length != 10))
        {
            throw new InvalidOperationException($"{printed} has the wrong number of digits for a Taiwan phone number.");
        }

        return Record(FindingTypes.Phone, FindingMasks.Phone(digits, number.Groups["area"].Length), source, printed, hiddenSheet, role);
    }

    /// <summary>An e-mail address, printed as is (in a header or a body).</summary>
    public string Email(string address, string source) =>
        address.Count(c => c == '@') == 1
            ? Record(FindingTypes.Email, FindingMasks.Email(address), source, address)
            : throw new ArgumentException($"{address} is not an e-mail address.", nameof(address));

    /// <summary>
    /// A street address from its parts in order (臺北市, 萬華區, 西園路, 二段, 261巷, 12弄, 5號, 3樓),
    /// printed without spaces; each part is masked by its kind.
    /// </summary>
    public string Address(string source, params string[] parts) =>
        Record(FindingTypes.Address, FindingMasks.Address(parts), source, string.Concat(parts));

    /// <summary>A birth date exactly as the detector sees it: 民國75年3月12日, 075/03/12, 0760405, 1990-04-12.</summary>
    public string BirthDate(string printed, string source, bool hiddenSheet = false) =>
        Record(FindingTypes.BirthDate, FindingMasks.BirthDate(IdChecksum.Normalize(printed)), source, printed, hiddenSheet);

    [GeneratedRegex(@"^(?:\((?<area>0[0-9]{1,3})\)|(?<area>0[0-9]{1,3})-|(?<area>09[0-9]{2}))(?<local>[0-9][0-9\-]{5,9}[0-9])(?:分機[0-9]+|#[0-9]+)?$")]
    private static partial Regex PhoneParts();
}
