using DocScan.Core.Extraction;

namespace DocScan.SampleDocs.Catalog;

/// <summary>
/// Plants IDs into a document's text and records, at the same moment, the finding a scan must report.
/// Every ID in a sample goes through here, so <c>expected.json</c> follows from what was written.
/// </summary>
public sealed class Plantings
{
    private static readonly HashSet<string> HiddenSources =
    [
        SegmentSources.Comment, SegmentSources.TrackedDeletion, SegmentSources.HiddenText,
        SegmentSources.Metadata, SegmentSources.Notes,
    ];

    private readonly Expectation _expectation;

    public Plantings(Expectation? expectation = null) => _expectation = expectation ?? Expectation.Clean();

    public Expectation Expectation => _expectation;

    /// <summary>
    /// Plants a national ID or resident certificate number exactly as <paramref name="printed"/>
    /// (which may be full-width or carry stray spaces) and returns that text.
    /// </summary>
    /// <param name="hiddenSheet">True for a cell of a hidden worksheet.</param>
    public string Id(string printed, string source, bool hiddenSheet = false)
    {
        var normalized = IdChecksum.Normalize(printed);
        var type = IdChecksum.Classify(normalized)
            ?? throw new InvalidOperationException($"Planted ID {printed} fails its checksum.");
        _expectation.AddFinding(new ExpectedFinding(
            type, normalized[..3] + "****" + normalized[^3..], source, hiddenSheet || HiddenSources.Contains(source)));
        return printed;
    }

    /// <summary>Plants an ID as it is already masked on a land transcript (reported, but no leak).</summary>
    public string MaskedId(string printed, string source)
    {
        var normalized = IdChecksum.Normalize(printed);
        if (normalized.Length != 10 || normalized[3..7] != "****")
        {
            throw new InvalidOperationException($"{printed} is not masked the way land offices print it.");
        }

        _expectation.AddFinding(new ExpectedFinding(
            FindingTypes.MaskedNationalId, normalized, source, HiddenSources.Contains(source)));
        return printed;
    }

    /// <summary>Returns text that looks like an ID but must not be reported; throws if it is one.</summary>
    public static string LookAlike(string printed) =>
        IdChecksum.Classify(IdChecksum.Normalize(printed).Replace("-", "")) is null
            ? printed
            : throw new InvalidOperationException($"Look-alike {printed} is a valid ID; pick another.");
}
