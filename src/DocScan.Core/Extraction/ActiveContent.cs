namespace DocScan.Core.Extraction;

/// <summary>
/// Something in a document that can run: a VBA project, an embedded OLE package or program. It
/// never leaves through this channel (seed case 5: ransomware arrives this way).
/// </summary>
/// <param name="Kind">One of <see cref="ActiveContentKinds"/>.</param>
/// <param name="Path">Where it is, with the container chain, e.g. <c>報告.docm!/word/vbaProject.bin</c>.</param>
public sealed record ActiveContent(string Kind, string Path);

internal static class ActiveContentKinds
{
    public const string Vba = "vba";
    public const string OlePackage = "ole-package";
    public const string Executable = "executable";

    /// <summary>LibreOffice Basic modules or scripts in an ODF document (<c>Basic/</c>, <c>Scripts/</c>); Word macros become these on conversion.</summary>
    public const string OdfMacro = "odf-macro";
}
