using System.Text.RegularExpressions;
using DocScan.Core.Detection.Common;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// Passport numbers: Taiwan's nine digits (biometric passports start with 3) and the one-or-two letters
/// plus digits most foreign passports use (E12345678, TK1234567). Neither shape means anything on its
/// own, so 護照 or Passport must label it: come before it, or head its column.
/// </summary>
internal sealed partial class PassportDetector : IDetector
{
    private static readonly Keywords Context = ["護照", "passport"];

    public string Id => "tw-passport";

    public string FindingType => FindingTypes.Passport;

    public DetectorRequirements Requirements => new(Number: new(6, 9), WordInDocument: Context);

    public IEnumerable<Keywords> Keywords => [Context];

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        var text = input.Text;
        foreach (var match in Candidate().EnumerateMatches(text))
        {
            var (start, end) = (match.Index, match.Index + match.Length);
            var value = text.AsSpan(start, match.Length);
            var digitsOnly = char.IsAsciiDigit(value[0]);
            if ((digitsOnly && value[0] == '0')
                || (match.Length == 10 && TaiwanIdChecksum.IsValidResidentId(value)) // 居留證, found by its own detector
                || NumberContext.IsDocumentNumberOrAmount(text, start, end)
                || !input.HasLabelBefore(start, Context, 20))
            {
                continue;
            }

            var confidence = digitsOnly && value[0] != '3' ? 0.85 : 0.95;
            var masked = string.Concat(value[..2], new string('*', value.Length - 4), value[^2..]);
            found.Add(new DetectorMatch(start, match.Length, value.ToString(), masked, confidence));
        }
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z\-])(?:[0-9]{9}|[A-Z]{1,2}[0-9]{6,8}[A-Z]?)(?![0-9A-Za-z\-])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
