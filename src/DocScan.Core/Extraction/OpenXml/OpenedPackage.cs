using DocumentFormat.OpenXml.Packaging;

namespace DocScan.Core.Extraction.OpenXml;

/// <summary>A package as the SDK opened it (null when it could not), with how far its structure reached.</summary>
internal sealed class OpenedPackage<TPackage>(TPackage? package, PackageStructure structure) : IDisposable
    where TPackage : OpenXmlPackage
{
    public TPackage? Package { get; } = package;

    public PackageStructure Structure { get; } = structure;

    public void Dispose() => Package?.Dispose();
}
