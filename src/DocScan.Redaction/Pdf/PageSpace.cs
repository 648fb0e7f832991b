using DocScan.Core.Extraction;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace DocScan.Redaction.Pdf;

/// <summary>
/// PdfPig reports letters as the page is shown: the visible box's lower left corner at the origin and
/// the page's /Rotate applied. Boxes are drawn in the page's own user space, so they go back through
/// the inverse of the same transform (PdfPig's OperationContextHelper.GetInitialMatrix).
/// </summary>
internal static class PageSpace
{
    // PDF 32000-1, 14.11.2: a page without a media box is US Letter.
    private static readonly PdfRectangle DefaultMediaBox = new(0, 0, 612, 792);

    public static PdfRectangle ToUserSpace(PdfRectangle shown, PdfDocument document, Page page)
    {
        var toShown = ShownFromUser(document, page);
        if (toShown.Equals(TransformationMatrix.Identity))
        {
            return shown;
        }

        var back = toShown.Inverse();
        var corners = new[] { shown.BottomLeft, shown.BottomRight, shown.TopLeft, shown.TopRight }.Select(back.Transform).ToList();
        return new PdfRectangle(corners.Min(p => p.X), corners.Min(p => p.Y), corners.Max(p => p.X), corners.Max(p => p.Y));
    }

    private static TransformationMatrix ShownFromUser(PdfDocument document, Page page)
    {
        var objects = new PdfObjectReader(document);
        var media = Box(objects, page.Dictionary, "MediaBox") ?? DefaultMediaBox;
        var crop = Box(objects, page.Dictionary, "CropBox") ?? media;
        var view = Intersect(media, crop) ?? crop;
        var rotation = page.Rotation.Value;
        if (rotation == 0 && view.Left == 0 && view.Bottom == 0)
        {
            return TransformationMatrix.Identity;
        }

        var toOrigin = TransformationMatrix.GetTranslationMatrix(-view.Left, -view.Bottom);
        var (x, y) = rotation switch
        {
            90 => (0, view.Width),
            180 => (view.Width, view.Height),
            270 => (view.Height, 0),
            _ => (0d, 0d),
        };

        return rotation == 0
            ? toOrigin
            : toOrigin.Multiply(TransformationMatrix.GetRotationMatrix(-rotation).Multiply(TransformationMatrix.GetTranslationMatrix(x, y)));
    }

    /// <summary>A page box, inherited from the page tree where the page has none.</summary>
    private static PdfRectangle? Box(PdfObjectReader objects, DictionaryToken page, string key)
    {
        for (var node = page; node is not null; node = objects.Get<DictionaryToken>(node, "Parent"))
        {
            if (objects.Get<ArrayToken>(node, key) is { Length: 4 } array)
            {
                var values = array.Data.Select(t => objects.Resolve<NumericToken>(t)?.Double ?? 0).ToArray();
                return new PdfRectangle(Math.Min(values[0], values[2]), Math.Min(values[1], values[3]),
                    Math.Max(values[0], values[2]), Math.Max(values[1], values[3]));
            }
        }

        return null;
    }

    private static PdfRectangle? Intersect(PdfRectangle a, PdfRectangle b)
    {
        double left = Math.Max(a.Left, b.Left), bottom = Math.Max(a.Bottom, b.Bottom);
        double right = Math.Min(a.Right, b.Right), top = Math.Min(a.Top, b.Top);
        return left < right && bottom < top ? new PdfRectangle(left, bottom, right, top) : null;
    }
}
