using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace DocScan.Core.Extraction.OpenXml;

internal static class OoxmlPackages
{
    /// <summary>
    /// Checks the package with <see cref="ZipGuard"/> (the SDK would decompress a bomb without limits),
    /// then opens it read-only, repaired where one damaged or missing part would stop the SDK
    /// (<see cref="PackageRepair"/>). Every relationship is followed here, so a package the SDK cannot
    /// read fails before any text is taken from it: its parts are then all read loosely instead.
    /// </summary>
    public static OpenedPackage<TPackage> Open<TPackage>(
        ExtractionInput input, ExtractionContext context, Func<Stream, TPackage> open, CancellationToken cancellationToken)
        where TPackage : OpenXmlPackage
    {
        var inventory = ZipGuard.CheckPackage(input.Content, context, cancellationToken);
        var (repaired, missing) = PackageRepair.Repair(input.Content, inventory, context, cancellationToken);

        TPackage? package = null;
        try
        {
            package = open(ContentStream.Open(repaired));
            return new OpenedPackage<TPackage>(package, new PackageStructure(input.Content, input.Name, inventory, missing, package, null));
        }
        catch (Exception ex) when (IsUnreadablePackage(ex))
        {
            package?.Dispose();
            return new OpenedPackage<TPackage>(null, new PackageStructure(input.Content, input.Name, inventory, missing, null, ex));
        }
    }

    // What System.IO.Packaging and the SDK throw on content types, relationships or part types they cannot make sense of.
    private static bool IsUnreadablePackage(Exception ex) =>
        ex is OpenXmlPackageException or XmlException or InvalidOperationException or FileFormatException or IOException
            or ArgumentException or UriFormatException or NotSupportedException;
}
