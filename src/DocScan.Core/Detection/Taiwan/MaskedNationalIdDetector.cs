using System.Text.RegularExpressions;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// IDs already masked the way land transcripts and notices print them (A12****789, F1526*****):
/// reported so a reviewer sees them, but they are not a leak on their own.
/// </summary>
public sealed partial class MaskedNationalIdDetector : IDetector
{
    public string Id => "tw-masked-national-id";

    public string FindingType => FindingTypes.MaskedNationalId;

    public IEnumerable<DetectorMatch> Detect(DetectionInput input)
    {
        foreach (Match match in MaskedShape().Matches(input.Text.Text))
        {
            var value = match.Value.ToUpperInvariant();
            var masks = value.Count(c => c is '*' or 'X' or '○');
            var digits = value.Count(char.IsAsciiDigit);
            if (masks >= 3 && digits >= 2)
            {
                yield return new DetectorMatch(match.Index, match.Length, value, value, 0.9);
            }
        }
    }

    // After NFKC the full-width ＊ and Ｘ are * and X; 〇/○ stay as they are.
    [GeneratedRegex(@"(?<![A-Za-z0-9*])[A-Z][12*Xx○](?:[0-9*Xx○]){8}(?![A-Za-z0-9*])", RegexOptions.CultureInvariant)]
    private static partial Regex MaskedShape();
}
