using DocScan.Core.Extraction;

namespace DocScan.Core.Documents;

/// <summary>
/// One line of a document as the model reads it: where it is (its segment and offsets into the
/// segment's original text), which part it belongs to, and its label when it is a label–value field
/// (<c>承辦人：王大明</c>; the label without spaces, <c>被　　告</c> → <c>被告</c>).
/// </summary>
public sealed record DocumentLine(TextSegment Segment, int Start, int Length, DocumentPart Part, string? Label)
{
    public string Text => Segment.Text.Substring(Start, Length);

    public bool Contains(TextSegment segment, int offset) =>
        ReferenceEquals(segment, Segment) && offset >= Start && offset <= Start + Length;
}
