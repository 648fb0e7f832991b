using DocumentFormat.OpenXml.Packaging;

namespace DocScan.Core.Extraction.OpenXml;

internal static class OoxmlPackages
{
    /// <summary>
    /// Checks the package with <see cref="ZipGuard"/> (the SDK would decompress a bomb without limits),
    /// then opens it read-only. A package the SDK cannot read throws; the dispatcher reports it as corrupt.
    /// </summary>
    public static TPackage Open<TPackage>(
        ExtractionInput input, ExtractionContext context, Func<Stream, TPackage> open, CancellationToken cancellationToken)
        where TPackage : OpenXmlPackage
    {
        ZipGuard.CheckPackage(input.Content, context, cancellationToken);
        return open(ContentStream.Open(input.Content));
    }
}
