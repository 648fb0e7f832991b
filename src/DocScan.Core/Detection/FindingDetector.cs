using System.Numerics;
using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Core.Rules;

namespace DocScan.Core.Detection;

/// <summary>Runs the enabled detectors over a document and places every match in its original text.</summary>
public sealed class FindingDetector
{
    // Past this many findings in one segment, duplicates are looked up in a set instead of a scan.
    private const int LinearDuplicateCheck = 16;

    private readonly IDetector[] _textDetectors;
    private readonly Action<DetectionInput, List<DetectorMatch>>[] _detect;
    private readonly CompiledRequirements[] _requirements;
    private readonly DetectorSelection? _selection;
    private readonly double[] _minConfidence;

    // Each detector's type and id, read per finding without an interface call.
    private readonly string[] _types;
    private readonly string[] _ids;
    private readonly IReadOnlyList<IDocumentDetector> _documentDetectors;
    private readonly ScanRules _rules;

    // Lists that grow to a document's size, kept per thread from one document to the next: grown anew
    // for every document they were a noticeable share of what detection allocated.
    [ThreadStatic]
    private static Scratch? _scratch;

    public FindingDetector(DetectorSet detectors, ScanRules rules)
    {
        _textDetectors = [.. detectors.TextDetectors];

        // Called through delegates: an interface call at a site that sees twenty detector types
        // goes through the runtime's resolve stub, a hash look-up per call.
        _detect = [.. _textDetectors.Select(d => (Action<DetectionInput, List<DetectorMatch>>)d.Detect)];
        _requirements = [.. _textDetectors.Select(d => CompiledRequirements.Of(d.Requirements))];
        _selection = _requirements.Length <= DetectorSelection.MaxDetectors ? new DetectorSelection(_requirements) : null;
        _minConfidence = [.. _textDetectors.Select(d => rules.MinConfidence(d.FindingType))];
        _types = [.. _textDetectors.Select(d => d.FindingType)];
        _ids = [.. _textDetectors.Select(d => d.Id)];
        _documentDetectors = detectors.DocumentDetectors;
        _rules = rules;
    }

    public static FindingDetector Create(ScanRules rules) => new(DetectorRegistry.Create(rules), rules);

    public IReadOnlyList<Finding> Detect(ExtractionResult document, CancellationToken cancellationToken)
    {
        var scratch = _scratch ??= new Scratch();
        try
        {
            Detect(document, scratch.Matches, scratch.Findings, cancellationToken);
            return scratch.Findings.ToArray();
        }
        finally
        {
            scratch.Matches.Clear();
            scratch.Findings.Clear();

            // A document with a great many findings does not leave the thread holding their room.
            if (scratch.Findings.Capacity > Scratch.MaxKeptCapacity || scratch.Matches.Capacity > Scratch.MaxKeptCapacity)
            {
                _scratch = null;
            }
        }
    }

    private void Detect(ExtractionResult document, List<DetectorMatch> matches, List<Finding> findings, CancellationToken cancellationToken)
    {
        using var neighbourhood = new SegmentNeighbourhood(document.Segments);
        if (neighbourhood.Count > 0)
        {
            var input = new DetectionInput(neighbourhood.Normalized(0), neighbourhood.Segment(0), neighbourhood, 0);
            for (var i = 0; i < neighbourhood.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                input.MoveTo(i);
                Detect(input, matches, findings);
            }
        }

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
    }

    // Adds the segment's findings to the list; per-segment cost matters, as a document has thousands of segments.
    private void Detect(DetectionInput input, List<DetectorMatch> matches, List<Finding> findings)
    {
        var profile = TextProfile.Of(input);
        var first = findings.Count;
        HashSet<(string, int, int)>? seen = null;
        if (_selection is null)
        {
            for (var d = 0; d < _textDetectors.Length; d++)
            {
                if (_requirements[d].AreMetBy(profile))
                {
                    Run(d, input, matches, findings, first, ref seen);
                }
            }

            return;
        }

        // Lowest bit first: the detectors run in their order, as above.
        for (var selected = _selection.Selected(profile); selected != 0; selected &= selected - 1)
        {
            Run(BitOperations.TrailingZeroCount(selected), input, matches, findings, first, ref seen);
        }
    }

    private void Run(int d, DetectionInput input, List<DetectorMatch> matches, List<Finding> findings, int first, ref HashSet<(string, int, int)>? seen)
    {
        matches.Clear();
        _detect[d](input, matches);
        foreach (var match in matches)
        {
            Add(d, match, input, findings, first, ref seen);
        }
    }

    // The minimum confidence comes looked up per detector: the rules are read once, not per match.
    private void Add(int d, in DetectorMatch match, DetectionInput input, List<Finding> findings, int first, ref HashSet<(string, int, int)>? seen)
    {
        if (_rules.IsAllowed(_types[d], match.Value) || match.Confidence < _minConfidence[d])
        {
            return;
        }

        var (start, length) = input.Text.ToOriginal(match.Start, match.Length);
        if (!IsDuplicate(findings, first, _types[d], start, length, ref seen))
        {
            findings.Add(new Finding(_types[d], _ids[d], match.Value, match.Masked,
                match.Confidence, input.Segment, start, length));
        }
    }

    private sealed class Scratch
    {
        public const int MaxKeptCapacity = 4096;

        public List<DetectorMatch> Matches { get; } = [];

        public List<Finding> Findings { get; } = [];
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

    /// <summary>
    /// The text with every finding that calls for action replaced by its masked form: for names and paths
    /// that end up in reports and logs (a file named after a person's ID is common).
    /// </summary>
    public string MaskValues(string text)
    {
        var segment = new TextSegment(text, SegmentSources.FileName, "");
        var all = new List<Finding>();
        Detect(new DetectionInput(Normalization.TextNormalizer.Normalize(text), segment), [], all);
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
}
