using System.Text;

namespace DocScan.Core.Formats;

/// <param name="Format">The format found in the bytes.</param>
/// <param name="TextEncoding">For <see cref="FileFormat.Text"/>, <see cref="FileFormat.Eml"/>, <see cref="FileFormat.Di"/> and <see cref="FileFormat.Sw"/>: the encoding the bytes decode with.</param>
/// <param name="HasMacros">For OOXML: a VBA project or macro-enabled content type is present.</param>
public sealed record SniffResult(FileFormat Format, Encoding? TextEncoding = null, bool HasMacros = false)
{
    public static readonly SniffResult Unknown = new(FileFormat.Unknown);
}
