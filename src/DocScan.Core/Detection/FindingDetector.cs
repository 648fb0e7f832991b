using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Core.Rules;

namespace DocScan.Core.Detection;

/// <summary>
/// Runs the enabled detectors over a document and places every match in its original text. Per document:
/// one <see cref="DocumentText"/> (normalized segments, one keyword pass, digit runs), then each segment
/// goes to the detectors whose <see cref="DetectorRequirements"/> it meets.
/// </summary>
internal sealed class FindingDetector
{
    // Past this many findings in one segment, duplicates are looked up in a set instead of a scan.
    private const int LinearDuplicateCheck = 16;

    private readonly IDetector[] _textDetectors;

    // Called through delegates: an interface call at a site that sees twenty detector types goes
    // through the runtime's resolve stub, a hash look-up per call.
    private readonly Action<DetectionInput, List<DetectorMatch>>[] _detect;
    private readonly DetectorRequirements[] _requirements;
    private readonly WordSet?[] _requiredWords;
    private readonly WordSet?[] _documentWords;
    private readonly double[] _minConfidence;
    private readonly FindingDependency?[] _confirmedBy;
    private readonly HashSet<string> _confirmingTypes;
    private readonly IReadOnlyList<IDocumentDetector> _documentDetectors;
    private readonly ScanRules _rules;
    private readonly KeywordIndex _keywords;
    private readonly TimeProvider _clock;

    internal FindingDetector(DetectorSet detectors, ScanRules rules, TimeProvider clock)
    {
        _textDetectors = [.. detectors.TextDetectors];
        _detect = [.. _textDetectors.Select(d => (Action<DetectionInput, List<DetectorMatch>>)d.Detect)];
        _requirements = [.. _textDetectors.Select(d => d.Requirements)];
        _keywords = new KeywordIndex(_textDetectors.SelectMany(WordsOf));
        _requiredWords = [.. _textDetectors.Select(d => d.Requirements.AnyWord is { } words ? _keywords.Set(words) : null)];
        _documentWords = [.. _textDetectors.Select(d => d.Requirements.WordInDocument is { } words ? _keywords.Set(words) : null)];
        _minConfidence = [.. _textDetectors.Select(d => rules.MinConfidence(d.FindingType))];
        _confirmedBy = [.. _textDetectors.Select(d => d.ConfirmedBy)];
        _confirmingTypes = [.. _confirmedBy.SelectMany(c => c?.Types ?? [])];
        _documentDetectors = detectors.DocumentDetectors;
        _rules = rules;
        _clock = clock;
    }

    /// <summary>The detectors the rules leave enabled, reading dates (a birth date's age) from <paramref name="clock"/>.</summary>
    public static FindingDetector Create(ScanRules rules, TimeProvider clock) => new(DetectorRegistry.Create(rules), rules, clock);

    /// <summary>Every word list a detector asks about, its requirement's included.</summary>
    internal static IEnumerable<Keywords> WordsOf(IDetector detector) =>
        detector.Keywords.Concat(new[] { detector.Requirements.AnyWord, detector.Requirements.WordInDocument }.OfType<Keywords>());

    public IReadOnlyList<Finding> Detect(ExtractionResult document, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        DetectText(document.Segments, findings, cancellationToken);
        foreach (var detector in _documentDetectors)
        {
            foreach (var finding in detector.Detect(document))
            {
                if (!_rules.IsAllowed(finding.Type, finding.Value))
                {
                    findings.Add(finding);
                }
            }
        }

        return findings;
    }

    /// <summary>
    /// The text with every finding that calls for action replaced by its masked form: for names and paths
    /// that end up in reports and logs (a file named after a person's ID is common).
    /// </summary>
    public string MaskValues(string text)
    {
        var all = new List<Finding>();
        DetectText([new TextSegment(text, SegmentSources.FileName, "")], all, CancellationToken.None);
        // Types the rules only list (land parcels, company numbers) are public data: a name keeps them readable.
        var findings = all.Where(f => _rules.VerdictFor(f.Type) != Verdict.Release).OrderByDescending(f => f.Start).ToList();
        var result = text;
        var lastStart = int.MaxValue;
        foreach (var finding in findings)
        {
            if (finding.Start + finding.Length > lastStart)
            {
                continue;
            }

            result = string.Concat(result.AsSpan(0, finding.Start), finding.Masked, result.AsSpan(finding.Start + finding.Length));
            lastStart = finding.Start;
        }

        return result;
    }

    private void DetectText(IReadOnlyList<TextSegment> segments, List<Finding> findings, CancellationToken cancellationToken)
    {
        using var text = new DocumentText(segments, _keywords, _clock);
        var matches = new List<DetectorMatch>();
        var pending = new PendingConfirmations(_confirmingTypes);
        for (var i = 0; i < text.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            DetectSegment(text, i, matches, findings, pending);
        }

        pending.Resolve(findings);
    }

    // Adds the segment's findings to the list; per-segment cost matters, as a document has thousands of segments.
    private void DetectSegment(DocumentText text, int index, List<DetectorMatch> matches, List<Finding> findings, PendingConfirmations pending)
    {
        var digits = text.DigitCount(index);
        var inCell = text.Segment(index).Cell is not null;
        var first = findings.Count;
        HashSet<(string, int, int)>? seen = null;
        for (var d = 0; d < _textDetectors.Length; d++)
        {
            ref readonly var requirements = ref _requirements[d];
            if (digits < requirements.MinDigits
                || (requirements.Number is { } number && !text.HasNumber(index, number))
                || (_requiredWords[d] is { } words && !(requirements.OrTableCell && inCell) && !text.InSegment(words, index))
                || (_documentWords[d] is { } context && !text.InDocument(context)))
            {
                continue;
            }

            matches.Clear();
            _detect[d](text.Input(index), matches);
            foreach (var match in matches)
            {
                Add(d, match, text, index, findings, first, ref seen, pending);
            }
        }
    }

    private void Add(
        int d, in DetectorMatch match, DocumentText text, int index, List<Finding> findings, int first, ref HashSet<(string, int, int)>? seen,
        PendingConfirmations pending)
    {
        var type = _textDetectors[d].FindingType;
        var confirmedBy = _confirmedBy[d];
        if (_rules.IsAllowed(type, match.Value) || (confirmedBy is null && match.Confidence < _minConfidence[d]))
        {
            return;
        }

        var (start, length) = text.ToOriginal(index, match.Start, match.Length);
        if (IsDuplicate(findings, first, type, start, length, ref seen))
        {
            return;
        }

        findings.Add(new Finding(type, _textDetectors[d].Id, match.Value, match.Masked, match.Confidence, text.Segment(index), start, length));
        if (!match.InOfficialRole)
        {
            var at = text.StartOf(index) + match.Start;
            pending.Found(type, at, at + match.Length);
        }

        if (confirmedBy is not null)
        {
            pending.Wait(findings.Count - 1, text.Input(index).Around(match.Start, match.Start + match.Length, confirmedBy.Window), confirmedBy, _minConfidence[d]);
        }
    }

    // Whether this segment already has a finding of the type at the span (two detectors, or one twice);
    // records the span when it is new. A segment has a handful of findings at most, so a scan is
    // cheaper than a set, but a single huge segment (a text file on one line) must not turn quadratic.
    private static bool IsDuplicate(List<Finding> findings, int first, string type, int start, int length, ref HashSet<(string, int, int)>? seen)
    {
        if (seen is null && findings.Count - first < LinearDuplicateCheck)
        {
            for (var i = first; i < findings.Count; i++)
            {
                var finding = findings[i];
                if (finding.Start == start && finding.Length == length && finding.Type == type)
                {
                    return true;
                }
            }

            return false;
        }

        if (seen is null)
        {
            seen = [];
            for (var i = first; i < findings.Count; i++)
            {
                seen.Add((findings[i].Type, findings[i].Start, findings[i].Length));
            }
        }

        return !seen.Add((type, start, length));
    }
}
