namespace DocScan.Core.Extraction.Odf;

/// <summary>Where ODF text sits before span-level hiding is applied: source, part (or sheet cell) path, slide and table cell.</summary>
internal readonly record struct OdfPlace(string Source, bool Hidden, string Path, int? Page = null, CellPosition? Cell = null)
{
    /// <summary>Tables in the body and on slides are tables, as in Word and PowerPoint; in headers, notes and comments they keep that place.</summary>
    public OdfPlace InTable(CellPosition cell) =>
        Source is SegmentSources.Body or SegmentSources.Slide ? this with { Source = SegmentSources.Table, Cell = cell } : this with { Cell = cell };

    /// <summary>A frame in running text is a text box; on a slide, in notes or a header it is part of that place.</summary>
    public OdfPlace InFrame() =>
        Source is SegmentSources.Body or SegmentSources.Table ? this with { Source = SegmentSources.TextBox, Cell = null } : this;

    /// <summary>Comments and revisions are hidden wherever they sit; they keep the slide but not the cell.</summary>
    public OdfPlace As(string source) => this with { Source = source, Hidden = true, Cell = null };
}
