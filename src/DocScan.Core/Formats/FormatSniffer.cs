namespace DocScan.Core.Formats;

/// <summary>Decides what a document is from its bytes, never from its name.</summary>
internal static class FormatSniffer
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

        if (IsImage(content))
        {
            return new SniffResult(FileFormat.Image);
        }

        if (IsExecutable(content))
        {
            return new SniffResult(FileFormat.Executable);
        }

        if (content[..Math.Min(content.Length, PdfHeaderWindow)].IndexOf("%PDF-"u8) >= 0)
        {
            return new SniffResult(FileFormat.Pdf);
        }

        if (OdfSniffer.FromFlatXml(content) is { } flatOdf)
        {
            return new SniffResult(flatOdf);
        }

        if (TextEncodingSniffer.Detect(content) is not var (encoding, head))
        {
            return SniffResult.Unknown;
        }

        if (OfficialDocumentSniffer.Sniff(head) is { } official)
        {
            return new SniffResult(official.Format, official.DeclaresBig5 ? Big5.Encoding : encoding);
        }

        return new SniffResult(EmailHeaderSniffer.LooksLikeEmail(head) ? FileFormat.Eml : FileFormat.Text, encoding);
    }

    /// <summary>
    /// The extension (e.g. ".pdf") when the file name claims a known format family the bytes are not;
    /// null when they agree or the extension claims nothing we know.
    /// </summary>
    public static string? ExtensionMismatch(string name, FileFormat actual) => ExtensionFamilies.Mismatch(name, actual);

    private static bool IsImage(ReadOnlySpan<byte> content) =>
        content.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])
        || content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
        || content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8)
        || content.StartsWith("II*\0"u8) || content.StartsWith("MM\0*"u8)
        || content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8)
        || content.Length >= 26 && content.StartsWith("BM"u8) && BitConverter.ToUInt32(content[2..6]) == content.Length;

    // PE ("MZ"), ELF, and Mach-O (32/64-bit, both byte orders).
    private static bool IsExecutable(ReadOnlySpan<byte> content) =>
        IsPortableExecutable(content)
        || content.StartsWith("\u007fELF"u8)
        || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xED, 0xFA, 0xCE])
        || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xED, 0xFA, 0xCF])
        || content.StartsWith((ReadOnlySpan<byte>)[0xCE, 0xFA, 0xED, 0xFE])
        || content.StartsWith((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE]);

    // "MZ" alone also starts ordinary text; a PE file points at its "PE\0\0" header from offset 0x3C.
    private static bool IsPortableExecutable(ReadOnlySpan<byte> content)
    {
        if (!content.StartsWith("MZ"u8) || content.Length < 0x40)
        {
            return false;
        }

        var peOffset = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(content[0x3C..]);
        return peOffset > 0 && peOffset <= content.Length - 4 && content[peOffset..].StartsWith("PE\0\0"u8);
    }

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
