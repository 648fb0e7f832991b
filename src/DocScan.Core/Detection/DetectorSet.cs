namespace DocScan.Core.Detection;

/// <summary>The detectors one scan runs: per-segment text detectors and whole-document detectors.</summary>
internal sealed record DetectorSet(IReadOnlyList<IDetector> TextDetectors, IReadOnlyList<IDocumentDetector> DocumentDetectors);
