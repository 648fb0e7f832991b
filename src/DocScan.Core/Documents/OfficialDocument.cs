using DocScan.Core.Extraction;
using DocScan.Core.Rules;

namespace DocScan.Core.Documents;

/// <summary>
/// The model of an official document, read from its text segments whatever the format
/// (<see cref="OfficialDocumentReader"/>): the 公文 parts (letterhead and contact block, 受文者, the
/// letter's particulars, 主旨, 說明/辦法, 正本/副本, signature), a ruling's parties and officials,
/// tables with their header rows, and label–value fields. A document with no such shape is all
/// <see cref="DocumentPart.Body"/>. Role resolution asks it whose a value is.
/// </summary>
public sealed class OfficialDocument
{
    private readonly Dictionary<TextSegment, List<DocumentLine>> _bySegment;
    private readonly Dictionary<(string Table, int Column), string> _headers;
    private readonly Dictionary<(string Table, int Row), string> _rows;

    internal OfficialDocument(
        IReadOnlyList<DocumentLine> lines, string? kind, string? sender,
        Dictionary<(string, int), string> headers, Dictionary<(string, int), string> rows)
    {
        Lines = lines;
        Kind = kind;
        Sender = sender;
        _headers = headers;
        _rows = rows;
        _bySegment = new Dictionary<TextSegment, List<DocumentLine>>(ReferenceEqualityComparer.Instance);
        foreach (var line in lines)
        {
            (_bySegment.TryGetValue(line.Segment, out var list) ? list : _bySegment[line.Segment] = []).Add(line);
        }

        // A DI file states its address in an element of its own (<地址>), printed without a label.
        ContactAddresses = Values(DocumentPart.Contact, "地址")
            .Concat(lines.Where(l => l.Part == DocumentPart.Contact && l.Label is null && l.Segment.Path.StartsWith("地址", StringComparison.Ordinal)).Select(l => l.Text.Trim()))
            .Select(ScanRules.Canonical).ToHashSet(StringComparer.Ordinal);
    }

    public static OfficialDocument Empty { get; } = new([], null, null, [], []);

    public IReadOnlyList<DocumentLine> Lines { get; }

    /// <summary>The kind of document its title names (函, 書函, 開會通知單, 公告, 簽, 新聞稿, 判決, 裁定), or null.</summary>
    public string? Kind { get; }

    /// <summary>發文機關 as the title line prints it, or null.</summary>
    public string? Sender { get; }

    /// <summary>Whether the document has a 公文 head (a title line or the letter's particulars).</summary>
    public bool HasLetterhead => Lines.Any(l => l.Part is DocumentPart.Title or DocumentPart.Particulars or DocumentPart.Contact);

    /// <summary>The sender's own addresses (the contact block's 地址 values), canonical: wherever they recur they are the agency's.</summary>
    public IReadOnlySet<string> ContactAddresses { get; }

    /// <summary>The line that holds the character at <paramref name="offset"/> of <paramref name="segment"/>, or null.</summary>
    public DocumentLine? LineAt(TextSegment segment, int offset) =>
        _bySegment.TryGetValue(segment, out var lines) ? lines.FirstOrDefault(l => l.Contains(segment, offset)) : null;

    /// <summary>The header row's text above a table cell, or null.</summary>
    public string? ColumnHeader(CellPosition cell) => _headers.GetValueOrDefault((cell.Table, cell.Column));

    /// <summary>All the cells of a table cell's row joined, or null.</summary>
    public string? RowText(CellPosition cell) => _rows.GetValueOrDefault((cell.Table, cell.Row));

    /// <summary>The values of the label–value fields of a part whose label contains <paramref name="labelPart"/>.</summary>
    public IEnumerable<string> Values(DocumentPart part, string labelPart) =>
        Lines.Where(l => l.Part == part && l.Label?.Contains(labelPart, StringComparison.Ordinal) == true)
            .Select(l => OfficialDocumentReader.ValueOf(l.Text))
            .Where(v => v.Length > 0);
}
