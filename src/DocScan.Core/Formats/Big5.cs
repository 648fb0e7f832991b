using System.Text;

namespace DocScan.Core.Formats;

/// <summary>
/// Big5 as Windows writes it (code page 950): the legacy encoding of Taiwanese text files and of
/// file names inside zips made by the Windows shell.
/// </summary>
internal static class Big5
{
    /// <summary>Undecodable bytes become U+FFFD, so damage stays visible and countable instead of becoming '?'.</summary>
    public static Encoding Encoding { get; } = CodePagesEncodingProvider.Instance.GetEncoding(
        950, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"))
        ?? throw new InvalidOperationException("Code page 950 is not available.");
}
