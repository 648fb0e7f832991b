using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace DocScan.Redaction.Pdf;

/// <summary>Which letters of a page to take out, and the black boxes that mark where they were.</summary>
internal sealed record PageRedaction(IReadOnlySet<int> Letters, IReadOnlyList<PdfRectangle> Boxes);

/// <summary>
/// Finds the plan's targets among a page's letters. Letters are compared in the order the page draws
/// them, without white space and after NFKC: a PDF has no spaces between letters, only gaps, so the
/// spacing of a value on the page is the layout's, not the text's.
/// </summary>
internal static class PdfLetterMatcher
{
    // Boxes reach a little past the glyphs, so antialiased edges do not peek out.
    private const double Padding = 0.6;

    public static PageRedaction? Find(IReadOnlyList<Letter> letters, RedactionPlan plan)
    {
        var compact = new StringBuilder();
        var owner = new List<int>();
        for (var i = 0; i < letters.Count; i++)
        {
            foreach (var c in RedactionPlan.Compact(letters[i].Value))
            {
                compact.Append(c);
                owner.Add(i);
            }
        }

        var matches = plan.FindCompact(compact.ToString());
        if (matches.Count == 0)
        {
            return null;
        }

        var removed = new HashSet<int>();
        var boxes = new List<PdfRectangle>();
        foreach (var match in matches)
        {
            var first = owner[match.Start];
            var last = owner[match.Start + match.Length - 1];
            var range = Enumerable.Range(first, last - first + 1).ToList();
            removed.UnionWith(range);
            boxes.AddRange(LineBoxes(range.Select(i => letters[i])));
        }

        // Text drawn under a box (overprinted, or a neighbour's glyph) goes too: nothing readable stays beneath one.
        for (var i = 0; i < letters.Count; i++)
        {
            var center = Center(letters[i].BoundingBox);
            if (!removed.Contains(i) && boxes.Any(box => Contains(box, center)))
            {
                removed.Add(i);
            }
        }

        return new PageRedaction(removed, boxes);
    }

    /// <summary>
    /// One box per line a value spans, from the pen's start to its end along the line, so the gaps between
    /// glyphs are covered too; horizontal text gets the full line height, so the box does not betray the glyph shapes.
    /// </summary>
    private static IEnumerable<PdfRectangle> LineBoxes(IEnumerable<Letter> letters)
    {
        foreach (var line in letters.Where(l => l.Value.Trim().Length > 0).GroupBy(LineKey))
        {
            double left = double.MaxValue, right = double.MinValue, bottom = double.MaxValue, top = double.MinValue;
            void Include(PdfPoint point)
            {
                left = Math.Min(left, point.X);
                right = Math.Max(right, point.X);
                bottom = Math.Min(bottom, point.Y);
                top = Math.Max(top, point.Y);
            }

            foreach (var letter in line)
            {
                Include(letter.BoundingBox.BottomLeft);
                Include(letter.BoundingBox.TopRight);
                Include(letter.StartBaseLine);
                Include(letter.EndBaseLine);
                if (letter.TextOrientation == TextOrientation.Horizontal)
                {
                    var size = Math.Abs(letter.PointSize);
                    Include(new PdfPoint(letter.StartBaseLine.X, letter.StartBaseLine.Y - 0.22 * size));
                    Include(new PdfPoint(letter.StartBaseLine.X, letter.StartBaseLine.Y + 0.88 * size));
                }
            }

            yield return new PdfRectangle(left - Padding, bottom - Padding, right + Padding, top + Padding);
        }
    }

    /// <summary>Letters on one line share the baseline's distance from the page edge across the writing direction.</summary>
    private static (TextOrientation, double) LineKey(Letter letter) => letter.TextOrientation switch
    {
        TextOrientation.Horizontal or TextOrientation.Rotate180 => (letter.TextOrientation, Math.Round(letter.StartBaseLine.Y, 1)),
        TextOrientation.Rotate90 or TextOrientation.Rotate270 => (letter.TextOrientation, Math.Round(letter.StartBaseLine.X, 1)),
        _ => (letter.TextOrientation, letter.StartBaseLine.X * 100_000 + letter.StartBaseLine.Y),
    };

    private static PdfPoint Center(PdfRectangle rectangle) =>
        new((rectangle.Left + rectangle.Right) / 2, (rectangle.Bottom + rectangle.Top) / 2);

    private static bool Contains(PdfRectangle box, PdfPoint point) =>
        point.X >= box.Left && point.X <= box.Right && point.Y >= box.Bottom && point.Y <= box.Top;
}
