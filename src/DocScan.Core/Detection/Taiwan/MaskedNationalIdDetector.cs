using System.Text.RegularExpressions;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// IDs already masked the way land transcripts and notices print them (A12****789, F1526*****):
/// reported so a reviewer sees them, but they are not a leak on their own.
/// </summary>
internal sealed partial class MaskedNationalIdDetector : IDetector
{
    public string Id => "tw-masked-national-id";

    public string FindingType => FindingTypes.MaskedNationalId;

    // Two digits beside the masks (checked below).
    public DetectorRequirements Requirements => new(MinDigits: 2);

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        var text = input.Text;
        if (!text.AsSpan().ContainsAnyInRange('A', 'Z'))
        {
            return;
        }

        foreach (var match in MaskedShape().EnumerateMatches(text))
        {
            // Counted before upper-casing: the shape allows a lower-case x, which then counts as X.
            var shape = text.AsSpan(match.Index, match.Length);
            var (masks, digits) = (0, 0);
            foreach (var c in shape)
            {
                masks += c is '*' or 'X' or 'x' or '○' ? 1 : 0;
                digits += char.IsAsciiDigit(c) ? 1 : 0;
            }

            if (masks >= 3 && digits >= 2)
            {
                var value = shape.ToString().ToUpperInvariant();
                found.Add(new DetectorMatch(match.Index, match.Length, value, value, 0.9));
            }
        }
    }

    // After NFKC the full-width ＊ and Ｘ are * and X; 〇/○ stay as they are.
    [GeneratedRegex(@"(?<![A-Za-z0-9*])[A-Z][12*Xx○](?:[0-9*Xx○]){8}(?![A-Za-z0-9*])", RegexOptions.CultureInvariant)]
    private static partial Regex MaskedShape();
}
