using System.Text.RegularExpressions;
using DocScan.Core.Rules;

namespace DocScan.Core.Detection.Common;

/// <summary>
/// E-mail addresses. Addresses in the agency's own domains are its staff's official contact (承辦人
/// e-mail in a letterhead), not a private person's data.
/// </summary>
internal sealed partial class EmailDetector(ScanRules rules) : IDetector
{
    private static readonly Keywords At = ["@"];

    public string Id => "email";

    public string FindingType => FindingTypes.Email;

    public DetectorRequirements Requirements => new(At);

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        var text = input.Text;

        // The match is local@domain and neither part holds an @: the parts are read off the matched
        // characters, with no Match and groups per address.
        foreach (var match in Address().EnumerateMatches(text))
        {
            var address = text.AsSpan(match.Index, match.Length);
            var at = address.IndexOf('@');
            var domain = address[(at + 1)..];
            if (rules.Agency.Domains.Count > 0 && rules.IsAgencyDomain(domain.ToString()))
            {
                continue;
            }

            var value = address.ToString().ToLowerInvariant();
            found.Add(new DetectorMatch(match.Index, match.Length, value, Mask(address[..at], domain), 0.95));
        }
    }

    internal static string Mask(ReadOnlySpan<char> local, ReadOnlySpan<char> domain)
    {
        var kept = local.Length > 4 ? 4 : Math.Max(1, local.Length / 2);
        Span<char> lower = domain.Length <= 256 ? stackalloc char[domain.Length] : new char[domain.Length];
        domain.ToLowerInvariant(lower);
        return string.Concat(local[..Math.Min(kept, local.Length)], "***@", lower);
    }

    // Labels separated by single dots keep the pattern linear: no label can eat its neighbour.
    [GeneratedRegex(
        @"(?<![A-Za-z0-9._%+\-])(?<local>[A-Za-z0-9](?:[A-Za-z0-9_%+\-]|\.(?!\.)){0,63})@" +
        @"(?<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![A-Za-z0-9\-]|\.[A-Za-z0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
