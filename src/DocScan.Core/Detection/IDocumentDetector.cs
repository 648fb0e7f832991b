using DocScan.Core.Extraction;

namespace DocScan.Core.Detection;

/// <summary>
/// Finds a finding type that belongs to the document as a whole rather than to one piece of text:
/// recipients spread over To and Cc, macros and programs inside containers.
/// </summary>
internal interface IDocumentDetector
{
    string Id { get; }

    string FindingType { get; }

    IEnumerable<Finding> Detect(ExtractionResult document);
}
