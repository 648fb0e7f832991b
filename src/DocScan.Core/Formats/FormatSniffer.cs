namespace DocScan.Core.Formats;

// STUB: to be implemented.
public static class FormatSniffer
{
    /// <summary>Decides the format from the bytes alone.</summary>
    public static SniffResult Sniff(ReadOnlySpan<byte> content) => SniffResult.Unknown;

    /// <summary>
    /// The extension (e.g. ".pdf") when the file name claims a known format family the bytes are not;
    /// null when they agree or the extension claims nothing we know.
    /// </summary>
    public static string? ExtensionMismatch(string name, FileFormat actual) => null;
}
