using System.Text.RegularExpressions;
using DocScan.Core.Extraction;
using DocScan.Core.Normalization;
using DocScan.Core.Rules;

namespace DocScan.Core.Detection.Common;

/// <summary>
/// An e-mail that shows many outside recipients to each other in To and Cc (seed case 3: external
/// evaluators invited in one message learned each other's names). Bcc is what it should have used,
/// so Bcc never counts. One finding per message, at its To header. The same for a DI letter whose
/// 受文者, 正本, 副本 or attendees list several private persons: each copy shows every other's name,
/// where 分旨分文 (one letter per person) was due.
/// </summary>
internal sealed partial class RecipientExposureDetector(ScanRules rules) : IDocumentDetector
{
    public const int DefaultThreshold = 3;

    private readonly int _threshold = Math.Max(1, rules.Threshold(FindingTypes.RecipientExposure, DefaultThreshold));

    public string Id => "recipient-exposure";

    public string FindingType => FindingTypes.RecipientExposure;

    // Most documents are neither e-mail nor DI letter: nothing is grouped for them.
    public IEnumerable<Finding> Detect(ExtractionResult document) =>
        !document.Segments.Any(s => s.Source == SegmentSources.Di || s.Source == SegmentSources.EmailHeader) ? [] :
        Exposures(DiFields(document.Segments), "位個人受文者（受文者、正本、副本或出列席者）", 0.9)
            .Concat(Exposures(EmailHeaders(document.Segments), "位外部收件者（To/Cc）", 0.95));

    // A DI letter's recipient fields that name persons; a letter is told apart by its container path.
    private static IEnumerable<Field> DiFields(IReadOnlyList<TextSegment> segments) =>
        segments.Where(s => s.Source == SegmentSources.Di && DiRecipientPersons.FieldOf(s.Path) is not null)
            .Select(s => new Field(s.Path[..(s.Path.LastIndexOf("!/", StringComparison.Ordinal) + 1)], s, [.. DiRecipientPersons.In(s.Text)], Rank: 0))
            .Where(f => f.Names.Length > 0);

    // A message's To and Cc headers ("To", or "附件.zip!/x.eml!/To" in a container) with their outside
    // addresses; x.eml!/To and x.eml!/Cc are one message, and its finding stands at To before Cc.
    private IEnumerable<Field> EmailHeaders(IReadOnlyList<TextSegment> segments) =>
        from segment in segments
        where segment.Source == SegmentSources.EmailHeader
        let slash = segment.Path.LastIndexOf('/')
        let header = segment.Path[(slash + 1)..]
        let rank = header.Equals("To", StringComparison.OrdinalIgnoreCase) ? 0 : header.Equals("Cc", StringComparison.OrdinalIgnoreCase) ? 1 : -1
        where rank >= 0
        select new Field(segment.Path[..(slash + 1)], segment, ExternalAddresses(segment.Text), rank);

    private string[] ExternalAddresses(string text) =>
    [
        .. Address().Matches(TextNormalizer.Normalize(text).Text).Select(m => m.Value.ToLowerInvariant())
            .Where(address => !rules.IsAgencyDomain(address[(address.IndexOf('@') + 1)..])),
    ];

    // One finding per message or letter showing enough recipients, at its first field (a message's To before its Cc).
    private IEnumerable<Finding> Exposures(IEnumerable<Field> fields, string recipients, double confidence)
    {
        foreach (var container in fields.GroupBy(f => f.Container, StringComparer.Ordinal))
        {
            var names = container.SelectMany(f => f.Names).Distinct(StringComparer.Ordinal).ToList();
            var anchor = container.OrderBy(f => f.Rank).First().Segment;
            if (names.Count >= _threshold)
            {
                yield return new Finding(FindingType, Id, string.Join(",", names), $"{names.Count} {recipients}", confidence, anchor, 0, anchor.Text.Length);
            }
        }
    }

    // A recipient field, the message or letter it belongs to, the names it shows, and its claim to hold the finding (lowest first).
    private sealed record Field(string Container, TextSegment Segment, string[] Names, int Rank);

    [GeneratedRegex(@"[A-Za-z0-9._%+'\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)+", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
