using System.Text.RegularExpressions;
using DocScan.Core.Extraction;
using DocScan.Core.Normalization;
using DocScan.Core.Rules;

namespace DocScan.Core.Detection.Common;

/// <summary>
/// An e-mail that shows many outside recipients to each other in To and Cc (seed case 3: external
/// evaluators invited in one message learned each other's names). Bcc is what it should have used,
/// so Bcc never counts. One finding per message, at its To header.
/// </summary>
public sealed partial class RecipientExposureDetector(ScanRules rules) : IDocumentDetector
{
    public const int DefaultThreshold = 3;

    private readonly int _threshold = Math.Max(1, rules.Threshold(FindingTypes.RecipientExposure, DefaultThreshold));

    public RecipientExposureDetector()
        : this(ScanRules.Default)
    {
    }

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
