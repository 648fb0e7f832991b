namespace DocScan.Core.Formats;

/// <summary>Decides what a document is from its bytes, never from its name.</summary>
public static class FormatSniffer
{
    /// <summary>How far into the file PDF readers look for the header, so we do too.</summary>
    private const int PdfHeaderWindow = 1024;

    /// <summary>Decides the format from the bytes alone. Never throws, whatever the bytes.</summary>
    public static SniffResult Sniff(ReadOnlySpan<byte> content)
    {
        if (ZipPackageSniffer.HasSignature(content))
        {
            return ZipPackageSniffer.Sniff(content);
        }

        if (CompoundFileDirectory.HasSignature(content))
        {
            return SniffCompoundFile(content);
        }

        if (content[..Math.Min(content.Length, PdfHeaderWindow)].IndexOf("%PDF-"u8) >= 0)
        {
            return new SniffResult(FileFormat.Pdf);
        }

        if (TextEncodingSniffer.Detect(content) is not var (encoding, head))
        {
            return SniffResult.Unknown;
        }

        return new SniffResult(EmailHeaderSniffer.LooksLikeEmail(head) ? FileFormat.Eml : FileFormat.Text, encoding);
    }

    /// <summary>
    /// The extension (e.g. ".pdf") when the file name claims a known format family the bytes are not;
    /// null when they agree or the extension claims nothing we know.
    /// </summary>
    public static string? ExtensionMismatch(string name, FileFormat actual) => ExtensionFamilies.Mismatch(name, actual);

    // Office encrypts OOXML packages into a CFB with these two streams ([MS-OFFCRYPTO] 2.3.4.4 ff.);
    // any other CFB is a binary Office file (or an Outlook .msg) we cannot read.
    private static SniffResult SniffCompoundFile(ReadOnlySpan<byte> content)
    {
        var directory = CompoundFileDirectory.TryRead(content);
        var encrypted = directory is not null
            && directory.HasStream("EncryptionInfo")
            && directory.HasStream("EncryptedPackage");
        return new SniffResult(encrypted ? FileFormat.EncryptedOffice : FileFormat.LegacyOffice);
    }
}
