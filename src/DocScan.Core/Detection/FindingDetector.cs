using DocScan.Core.Extraction;
using DocScan.Core.Rules;

namespace DocScan.Core.Detection;

/// <summary>Runs the enabled detectors over a document and places every match in its original text.</summary>
public sealed class FindingDetector(DetectorSet detectors, ScanRules rules)
{
    public static FindingDetector Create(ScanRules rules) => new(DetectorRegistry.Create(rules), rules);

    public IReadOnlyList<Finding> Detect(ExtractionResult document, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        var neighbourhood = new SegmentNeighbourhood(document.Segments);
        for (var i = 0; i < neighbourhood.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            findings.AddRange(Detect(new DetectionInput(neighbourhood.Normalized(i), neighbourhood.Segment(i), neighbourhood, i)));
        }

        foreach (var detector in detectors.DocumentDetectors)
        {
            findings.AddRange(detector.Detect(document).Where(f => !rules.IsAllowed(f.Value)));
        }

        return findings;
    }

    private IEnumerable<Finding> Detect(DetectionInput input)
    {
        HashSet<(string, int, int)>? seen = null; // most segments match nothing: allocate on the first match
        foreach (var detector in detectors.TextDetectors)
        {
            foreach (var match in detector.Detect(input))
            {
                if (rules.IsAllowed(match.Value) || match.Confidence < rules.MinConfidence(detector.FindingType))
                {
                    continue;
                }

                var (start, length) = input.Text.ToOriginal(match.Start, match.Length);
                seen ??= [];
                if (seen.Add((detector.FindingType, start, length)))
                {
                    yield return new Finding(detector.FindingType, detector.Id, match.Value, match.Masked,
                        match.Confidence, input.Segment, start, length);
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
        var segment = new TextSegment(text, SegmentSources.FileName, "");
        var findings = Detect(new DetectionInput(Normalization.TextNormalizer.Normalize(text), segment))
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
