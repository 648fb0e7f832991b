using DocScan.Core.Extraction;
using DocScan.Core.Normalization;
using DocScan.Core.Rules;

namespace DocScan.Core.Detection;

/// <summary>Runs the enabled detectors over segments and places every match in its original text.</summary>
public sealed class FindingDetector(IReadOnlyList<IDetector> detectors, ScanRules rules)
{
    public static FindingDetector Create(ScanRules rules) => new(DetectorRegistry.Create(rules), rules);

    public IReadOnlyList<Finding> Detect(IEnumerable<TextSegment> segments, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        foreach (var segment in segments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            findings.AddRange(Detect(segment));
        }

        return findings;
    }

    public IEnumerable<Finding> Detect(TextSegment segment)
    {
        var normalized = TextNormalizer.Normalize(segment.Text);
        var input = new DetectionInput(normalized, segment);
        var seen = new HashSet<(string, int, int)>();
        foreach (var detector in detectors)
        {
            foreach (var match in detector.Detect(input))
            {
                if (rules.IsAllowed(match.Value))
                {
                    continue;
                }

                var (start, length) = normalized.ToOriginal(match.Start, match.Length);
                if (seen.Add((detector.FindingType, start, length)))
                {
                    yield return new Finding(detector.FindingType, detector.Id, match.Value, match.Masked,
                        match.Confidence, segment, start, length);
                }
            }
        }
    }

    /// <summary>
    /// The text with every finding replaced by its masked form: for names and paths that end up in
    /// reports and logs (a file named after a person's ID is common).
    /// </summary>
    public string MaskValues(string text)
    {
        var findings = Detect(new TextSegment(text, SegmentSources.FileName, ""))
            .OrderByDescending(f => f.Start)
            .ToList();
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
