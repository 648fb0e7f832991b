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

    public IEnumerable<Finding> Detect(ExtractionResult document)
    {
        // Messages are told apart by their container path: x.eml!/To and x.eml!/Cc are one message.
        // Made at the first header: most documents are no e-mail.
        Dictionary<string, Message>? messages = null;
        List<string>? order = null;
        var segments = document.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.Source != SegmentSources.EmailHeader || Field(segment.Path) is not { } field)
            {
                continue;
            }

            var (prefix, isTo) = field;
            messages ??= new Dictionary<string, Message>(StringComparer.Ordinal);
            order ??= [];
            if (!messages.TryGetValue(prefix, out var message))
            {
                messages[prefix] = message = new Message();
                order.Add(prefix);
            }

            if (isTo)
            {
                message.To ??= segment;
            }
            else
            {
                message.Cc ??= segment;
            }

            foreach (Match address in Address().Matches(TextNormalizer.Normalize(segment.Text).Text))
            {
                var value = address.Value.ToLowerInvariant();
                var domain = value[(value.IndexOf('@') + 1)..];
                if (!rules.IsAgencyDomain(domain) && message.Seen.Add(value))
                {
                    message.External.Add(value);
                }
            }
        }

        foreach (var finding in DiLetters(segments))
        {
            yield return finding;
        }

        if (messages is null || order is null)
        {
            yield break;
        }

        foreach (var prefix in order)
        {
            var message = messages[prefix];
            if (message.External.Count >= _threshold && (message.To ?? message.Cc) is { } anchor)
            {
                yield return new Finding(FindingType, Id, string.Join(",", message.External),
                    $"{message.External.Count} 位外部收件者（To/Cc）", 0.95, anchor, 0, anchor.Text.Length);
            }
        }
    }

    // One finding per DI letter (told apart by their container path) listing enough persons, at the first field naming one.
    private IEnumerable<Finding> DiLetters(IReadOnlyList<TextSegment> segments)
    {
        Dictionary<string, (TextSegment Anchor, HashSet<string> Persons)>? letters = null;
        foreach (var segment in segments)
        {
            if (segment.Source != SegmentSources.Di || DiRecipientPersons.FieldOf(segment.Path) is null)
            {
                continue;
            }

            var persons = DiRecipientPersons.In(segment.Text).ToList();
            if (persons.Count == 0)
            {
                continue;
            }

            letters ??= new Dictionary<string, (TextSegment, HashSet<string>)>(StringComparer.Ordinal);
            var letter = segment.Path[..(segment.Path.LastIndexOf("!/", StringComparison.Ordinal) + 1)];
            if (!letters.TryGetValue(letter, out var found))
            {
                letters[letter] = found = (segment, new HashSet<string>(StringComparer.Ordinal));
            }

            found.Persons.UnionWith(persons);
        }

        foreach (var (anchor, persons) in letters?.Values ?? Enumerable.Empty<(TextSegment, HashSet<string>)>())
        {
            if (persons.Count >= _threshold)
            {
                yield return new Finding(FindingType, Id, string.Join(",", persons),
                    $"{persons.Count} 位個人受文者（受文者、正本、副本或出列席者）", 0.9, anchor, 0, anchor.Text.Length);
            }
        }
    }

    // "To", "Cc", or the same after a container chain ("附件.zip!/x.eml!/To").
    private static (string Prefix, bool IsTo)? Field(string path)
    {
        var slash = path.LastIndexOf('/');
        var name = path.AsSpan(slash + 1);
        if (name.Equals("To", StringComparison.OrdinalIgnoreCase))
        {
            return (path[..(slash + 1)], true);
        }

        return name.Equals("Cc", StringComparison.OrdinalIgnoreCase) ? (path[..(slash + 1)], false) : null;
    }

    private sealed class Message
    {
        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

        public List<string> External { get; } = [];

        public TextSegment? To { get; set; }

        public TextSegment? Cc { get; set; }
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+'\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)+", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
