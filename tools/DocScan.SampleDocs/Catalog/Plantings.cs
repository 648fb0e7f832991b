using DocScan.Core.Detection;
using DocScan.Core.Extraction;

namespace DocScan.SampleDocs.Catalog;

/// <summary>
/// Plants values into a document's text and records, at the same moment, the finding a scan must
/// report. Every value of every finding type in a sample goes through here, so <c>expected.json</c>
/// follows from what was written. Each method returns the text to print.
/// </summary>
public sealed partial class Plantings
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
        return Record(type, normalized[..3] + "****" + normalized[^3..], source, printed, hiddenSheet);
    }

    /// <summary>Plants an ID as it is already masked on a land transcript (reported, but no leak).</summary>
    public string MaskedId(string printed, string source)
    {
        var normalized = IdChecksum.Normalize(printed);
        if (normalized.Length != 10 || normalized[3..7] != "****")
        {
            throw new InvalidOperationException($"{printed} is not masked the way land offices print it.");
        }

        return Record(FindingTypes.MaskedNationalId, normalized, source, printed);
    }

    /// <summary>Returns text that looks like an ID but must not be reported; throws if it is one.</summary>
    public static string LookAlike(string printed) =>
        IdChecksum.Classify(IdChecksum.Normalize(printed).Replace("-", "")) is null
            ? printed
            : throw new InvalidOperationException($"Look-alike {printed} is a valid ID; pick another.");

    /// <summary>
    /// Personal data the scanner is known not to find yet, printed without an expectation, so the gap
    /// stays visible in the sample that shows it (docs/sample-docs.md lists them): plain text has no
    /// columns, so a value only a column header identifies (護照號碼 in a CSV, 出生日期 in a fixed-width
    /// export) goes unseen; person names are read in Chinese script only; and a sentence about health
    /// or crime that names nobody is tied to its person by nearby words, not by the letter as a whole.
    /// </summary>
    public static string KnownGap(string printed) => printed;

    /// <summary>Records one expected finding and hands back the printed text.</summary>
    private string Record(string type, string masked, string source, string printed, bool hiddenSheet = false, string? role = null)
    {
        _expectation.AddFinding(new ExpectedFinding(type, masked, source, hiddenSheet || HiddenSources.Contains(source), role));
        return printed;
    }
}
