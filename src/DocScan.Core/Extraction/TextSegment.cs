namespace DocScan.Core.Extraction;

/// <summary>
/// A run of text found in one place of a document. Offsets reported for findings are relative to
/// <see cref="Text"/>, so a redaction writer can go back to exactly these characters.
/// </summary>
/// <param name="Text">The text as it appears in the document (not normalized).</param>
/// <param name="Source">Where it came from, one of <see cref="SegmentSources"/>.</param>
/// <param name="Path">The part, cell or header it came from, e.g. <c>word/header1.xml</c> or <c>名冊!B2</c>;
/// nested documents are prefixed with their container chain (<c>附件.zip!/申請書.docx!/word/document.xml</c>).</param>
/// <param name="Page">1-based page or slide number where the format has pages.</param>
/// <param name="Hidden">True when nobody sees this text on screen or on paper (deleted revisions,
/// comments, hidden text, properties, hidden sheets, notes): it still leaves with the file.</param>
/// <param name="Cell">For text in a table: which cell, so detectors can read the column's header (姓名, 身分證字號).</param>
public sealed record TextSegment(string Text, string Source, string Path, int? Page = null, bool Hidden = false, CellPosition? Cell = null)
{
    /// <summary>For text read from an image by OCR: where each word stands on the image, and how sure the engine was.</summary>
    public Ocr.OcrLayout? Ocr { get; init; }
}

/// <summary>A cell of a table (Word, PowerPoint or PDF table, or a worksheet).</summary>
/// <param name="Table">Identifies the table within the document, e.g. <c>word/document.xml#2</c> or a sheet name.</param>
/// <param name="Row">0-based row.</param>
/// <param name="Column">0-based column.</param>
public sealed record CellPosition(string Table, int Row, int Column);
