namespace DocScan.SampleDocs.Catalog;

/// <summary>A finding the scanner must report, in the shape of <c>expected.json</c>.</summary>
/// <param name="Type">Finding type id, e.g. <c>national-id</c>.</param>
/// <param name="Masked">First three + <c>****</c> + last three of the normalized value; for an already
/// masked ID, the normalized text as printed.</param>
/// <param name="Source">One of <c>DocScan.Core.Extraction.SegmentSources</c>.</param>
/// <param name="Hidden">True when nobody sees the text on screen or paper.</param>
public sealed record ExpectedFinding(string Type, string Masked, string Source, bool Hidden);
