using DocScan.Core.Extraction;

namespace DocScan.Core.Detection.Recognition;

/// <summary>What a recognizer found, and what it could not analyse.</summary>
public sealed record RecognitionResult(IReadOnlyList<RecognizedEntity> Entities, IReadOnlyList<ScanProblem> Problems)
{
    public static RecognitionResult Empty { get; } = new([], []);
}

/// <summary>An entity a recognizer found, already mapped to DocScan's finding types.</summary>
/// <param name="FindingType">One of <see cref="FindingTypes"/>.</param>
/// <param name="Segment">The segment it is in: one of the segments the recognizer was given.</param>
/// <param name="Start">Offset into the segment's original (not normalized) text.</param>
/// <param name="Length">Length in the segment's original text.</param>
/// <param name="Confidence">0..1, as the recognizer scored it.</param>
public sealed record RecognizedEntity(string FindingType, TextSegment Segment, int Start, int Length, double Confidence);
