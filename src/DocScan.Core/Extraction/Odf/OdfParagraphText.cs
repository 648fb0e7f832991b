using System.Text;

namespace DocScan.Core.Extraction.Odf;

/// <summary>
/// One paragraph (or one spreadsheet cell) as it is read: the shown text joined across spans, so a
/// value split by formatting is one string, and apart from it the text nobody sees: hidden, and deleted
/// in a tracked change that marks its text in place.
/// </summary>
internal sealed class OdfParagraphText
{
    private readonly StringBuilder _visible = new();
    private readonly StringBuilder _hidden = new();
    private readonly StringBuilder _deleted = new();
    private bool _paragraphHidden;
    private bool _started;

    public void Append(string? text, bool hidden, bool deleted) => (deleted ? _deleted : hidden ? _hidden : _visible).Append(text);

    /// <summary>A cell's next paragraph: a line of its own, as spreadsheet programs show it.</summary>
    public void NextParagraph()
    {
        if (_started)
        {
            _visible.Append('\n');
        }

        _started = true;
    }

    /// <summary>A <c>text:hidden-paragraph</c> field hides the whole paragraph it is in.</summary>
    public void HideParagraph() => _paragraphHidden = true;

    public void Flush(OdfPlace place, List<TextSegment> sink)
    {
        var visible = _visible.ToString();
        sink.Add(_paragraphHidden
            ? new TextSegment(visible, SegmentSources.HiddenText, place.Path, place.Page, Hidden: true, place.Cell)
            : new TextSegment(visible, place.Source, place.Path, place.Page, place.Hidden, place.Cell));
        sink.Add(new TextSegment(_hidden.ToString(), SegmentSources.HiddenText, place.Path, place.Page, Hidden: true, place.Cell));
        sink.Add(new TextSegment(_deleted.ToString(), SegmentSources.TrackedDeletion, place.Path, place.Page, Hidden: true, place.Cell));
    }
}
