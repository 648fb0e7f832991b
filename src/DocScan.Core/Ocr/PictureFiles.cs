namespace DocScan.Core.Ocr;

/// <summary>Which pictures kept inside a document are pixels OCR can read, by their file name.</summary>
internal static class PictureFiles
{
    private static readonly string[] RasterExtensions = [".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff"];

    /// <summary>PNG, JPEG, GIF, BMP, WebP or TIFF; not EMF/WMF/SVG/SVM, whose text is drawing commands.</summary>
    public static bool IsRaster(string name) =>
        RasterExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);
}
