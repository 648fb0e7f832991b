using System.Text.RegularExpressions;
using DocScan.Core.Rules;

namespace DocScan.Core.Detection.Common;

/// <summary>
/// E-mail addresses. Addresses in the agency's own domains are its staff's official contact (承辦人
/// e-mail in a letterhead), not a private person's data.
/// </summary>
public sealed partial class EmailDetector(ScanRules rules) : IDetector
{
    // Groups by number: looking a group up by name hashes the name.
    private static readonly int Local = Address().GroupNumberFromName("local");
    private static readonly int Domain = Address().GroupNumberFromName("domain");

    public EmailDetector()
        : this(ScanRules.Default)
    {
    }

    public string Id => "email";

    public string FindingType => FindingTypes.Email;

    public DetectorRequirements Requirements => new(TextFeatures.AsciiLetter, AnyChar: "@");

    public IEnumerable<DetectorMatch> Detect(DetectionInput input)
    {
        var text = input.Text.Text;
        if (!text.Contains('@'))
        {
            return [];
        }

        List<DetectorMatch>? found = null;
        // Match by match: a MatchCollection would keep them all in a list of its own.
        for (var match = Address().Match(text); match.Success; match = match.NextMatch())
        {
            var domain = match.Groups[Domain].Value;
            if (rules.IsAgencyDomain(domain))
            {
                continue;
            }

            var value = match.Value.ToLowerInvariant();
            (found ??= []).Add(new DetectorMatch(match.Index, match.Length, value, Mask(match.Groups[Local].Value, domain), 0.95));
        }

        return found.OrNone();
    }

    /// <summary>The first characters of the mailbox and the whole domain (wang***@gmail.com): whose address stays hidden, the provider shows.</summary>
    internal static string Mask(string local, string domain)
    {
        var kept = local.Length > 4 ? 4 : Math.Max(1, local.Length / 2);
        return string.Concat(local.AsSpan(0, Math.Min(kept, local.Length)), "***@", domain.ToLowerInvariant());
    }

    // Labels separated by single dots keep the pattern linear: no label can eat its neighbour.
    [GeneratedRegex(
        @"(?<![A-Za-z0-9._%+\-])(?<local>[A-Za-z0-9](?:[A-Za-z0-9_%+\-]|\.(?!\.)){0,63})@" +
        @"(?<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![A-Za-z0-9\-]|\.[A-Za-z0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
