namespace DocScan.SampleDocs.Catalog;

/// <summary>A finding the scanner must report, in the shape of <c>expected.json</c>.</summary>
/// <param name="Type">Finding type id, e.g. <c>national-id</c>.</param>
/// <param name="Masked">First three + <c>****</c> + last three of the normalized value; for an already
/// masked ID, the normalized text as printed.</param>
/// <param name="Source">One of <c>DocScan.Core.Extraction.SegmentSources</c>.</param>
/// <param name="Hidden">True when nobody sees the text on screen or paper.</param>
/// <param name="Role">Whose the value is when it is not a private person's: <c>official</c> (an agency's
/// office phone, its letterhead) or <c>organisation</c>; such findings are listed but decide no verdict.</param>
public sealed record ExpectedFinding(
    string Type, string Masked, string Source, bool Hidden,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Role = null);
