namespace DocScan.Core.Detection;

/// <summary>
/// What a segment must hold for a detector to find anything in it, so that <see cref="FindingDetector"/>
/// runs the detector only where it may match: most segments are short lines that hold nothing most
/// detectors look for. A detector must never find a match where its requirements are not met. The
/// default requires nothing: the detector always runs.
/// </summary>
/// <param name="AnyWord">One of these words in the segment (號 for an address, @ for an e-mail), found by the document's keyword pass.</param>
/// <param name="OrTableCell">A table cell will do instead of <paramref name="AnyWord"/>: its column header may say what it holds.</param>
/// <param name="MinDigits">At least this many ASCII digits in all.</param>
/// <param name="Number">A number of this many digits in a row somewhere (0912-345678): most lines hold only dates and short numbers.</param>
/// <param name="WordInDocument">One of these words somewhere in the document: every match needs one near it (a context word, a column header).</param>
internal readonly record struct DetectorRequirements(
    Keywords? AnyWord = null,
    bool OrTableCell = false,
    int MinDigits = 0,
    DigitRun? Number = null,
    Keywords? WordInDocument = null)
{
    public static DetectorRequirements None => default;
}

/// <summary><see cref="Min"/> to <see cref="Max"/> ASCII digits in a row, a single one of <see cref="Separators"/> allowed between two of them.</summary>
internal readonly record struct DigitRun(int Min, int Max = int.MaxValue, string Separators = "");
