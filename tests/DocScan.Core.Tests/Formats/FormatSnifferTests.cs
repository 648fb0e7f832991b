using System.IO.Compression;
using System.Text;
using DocScan.Core.Formats;
using DocScan.Core.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocScan.Core.Tests.Formats;

public class FormatSnifferTests
{
    private const string OfficialLetter =
        "受文者：臺北市政府社會局\r\n" +
        "發文字號：北市社字第1130012345號\r\n" +
        "主旨：檢送申請人王小明（身分證統一編號 F152601819）之低收入戶資格審查資料，請查照。\r\n" +
        "說明：申請人地址為臺北市中正區重慶南路一段122號，電話 02-2312-3456。\r\n";

    private static readonly Encoding Big5 = CodePagesEncodingProvider.Instance.GetEncoding(950)!;

    [Theory]
    [InlineData(WordprocessingDocumentType.Document, FileFormat.Docx, false)]
    [InlineData(WordprocessingDocumentType.MacroEnabledDocument, FileFormat.Docm, true)]
    public void Word_documents_made_by_the_sdk_are_told_with_their_macros(
        WordprocessingDocumentType type, FileFormat expected, bool hasMacros)
    {
        var result = FormatSniffer.Sniff(WordDocument(type));

        Assert.Equal(new SniffResult(expected, HasMacros: hasMacros), result);
    }

    [Theory]
    [InlineData("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", FileFormat.Xlsx, false)]
    [InlineData("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", FileFormat.Pptx, false)]
    [InlineData("XL/Workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", FileFormat.Xlsx, false)]
    [InlineData("xl/workbook.xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml", FileFormat.Xlsm, true)]
    [InlineData("ppt/presentation.xml", "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml", FileFormat.Pptm, true)]
    [InlineData("ppt/presentation.xml", "application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml", FileFormat.Pptm, true)]
    public void Package_is_told_by_its_main_part_and_macros_by_its_content_type(
        string mainPart, string contentType, FileFormat expected, bool hasMacros)
    {
        var result = FormatSniffer.Sniff(Package(mainPart, contentType));

        Assert.Equal(new SniffResult(expected, HasMacros: hasMacros), result);
    }

    [Fact]
    public void Vba_project_in_a_plain_content_type_package_still_means_macros()
    {
        var bytes = Package("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            ("xl/vbaProject.bin", [0xCC, 0x61, 0x01]));

        Assert.Equal(new SniffResult(FileFormat.Xlsm, HasMacros: true), FormatSniffer.Sniff(bytes));
    }

    [Fact]
    public void Main_part_under_another_name_is_found_by_its_content_type()
    {
        var bytes = Package("word/document2.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");

        Assert.Equal(FileFormat.Docx, FormatSniffer.Sniff(bytes).Format);
    }

    // The package is damaged, and its extractor says so; read as a plain zip, a worksheet's cells would
    // lose their column headers and the detectors that need them.
    [Theory]
    [InlineData("word/document.xml", FileFormat.Docx)]
    [InlineData("xl/worksheets/sheet1.xml", FileFormat.Xlsx)]
    [InlineData("ppt/slides/slide1.xml", FileFormat.Pptx)]
    public void Office_parts_without_content_types_are_still_their_package(string part, FileFormat format)
    {
        var bytes = ZipBuilder.BuildText((part, "<root/>"));

        Assert.Equal(new SniffResult(format), FormatSniffer.Sniff(bytes));
    }

    [Fact]
    public void Archive_of_documents_is_a_zip()
    {
        var bytes = ZipBuilder.BuildText(("函稿.txt", OfficialLetter), ("附件/名冊.csv", "姓名,身分證統一編號\n王小明,F152601819\n"));

        Assert.Equal(new SniffResult(FileFormat.Zip), FormatSniffer.Sniff(bytes));
    }

    [Fact]
    public void Empty_archive_is_a_zip()
    {
        var bytes = ZipBuilder.Build();

        Assert.True(bytes.AsSpan().StartsWith("PK\x05\x06"u8));
        Assert.Equal(FileFormat.Zip, FormatSniffer.Sniff(bytes).Format);
    }

    [Fact]
    public void Zip_that_cannot_be_opened_is_still_a_zip()
    {
        var docx = WordDocument(WordprocessingDocumentType.Document);

        Assert.Equal(new SniffResult(FileFormat.Zip), FormatSniffer.Sniff(docx.AsSpan(0, docx.Length / 2)));
        Assert.Equal(new SniffResult(FileFormat.Zip), FormatSniffer.Sniff("PK\x03\x04 not really a zip"u8));
    }

    [Fact]
    public void Encrypted_ooxml_is_a_cfb_with_encryption_streams()
    {
        var bytes = CfbBuilder.Build(
            ("EncryptionInfo", Filled(248, 0x04)),
            ("EncryptedPackage", Filled(9000, 0x5A)));

        Assert.Equal(new SniffResult(FileFormat.EncryptedOffice), FormatSniffer.Sniff(bytes));
    }

    [Fact]
    public void Encrypted_ooxml_needing_difat_sectors_is_still_found()
    {
        // Over 109 FAT sectors: the directory's FAT entries are reachable only through a DIFAT sector.
        var bytes = CfbBuilder.Build(
            ("EncryptionInfo", Filled(248, 0x04)),
            ("EncryptedPackage", Filled(7_500_000, 0x5A)));

        Assert.NotEqual(0u, BitConverter.ToUInt32(bytes, 0x48));
        Assert.Equal(FileFormat.EncryptedOffice, FormatSniffer.Sniff(bytes).Format);
    }

    [Fact]
    public void Legacy_word_document_is_legacy_office()
    {
        var bytes = CfbBuilder.Build(
            ("WordDocument", Filled(6000, 0xEC)),
            ("1Table", Filled(300, 0x01)),
            ("\u0005SummaryInformation", Filled(200, 0xFE)));

        Assert.Equal(new SniffResult(FileFormat.LegacyOffice), FormatSniffer.Sniff(bytes));
    }

    [Fact]
    public void Only_one_of_the_encryption_streams_is_legacy_office()
    {
        var bytes = CfbBuilder.Build(("EncryptedPackage", Filled(9000, 0x5A)), ("WordDocument", Filled(100, 1)));

        Assert.Equal(FileFormat.LegacyOffice, FormatSniffer.Sniff(bytes).Format);
    }

    [Fact]
    public void Unparsable_cfb_is_legacy_office()
    {
        var bytes = CfbBuilder.Build(("EncryptionInfo", Filled(248, 0x04)), ("EncryptedPackage", Filled(9000, 0x5A)));

        Assert.Equal(FileFormat.LegacyOffice, FormatSniffer.Sniff(bytes.AsSpan(0, 600)).Format);
        Assert.Equal(FileFormat.LegacyOffice, FormatSniffer.Sniff(CompoundFileDirectory.Signature).Format);
    }

    [Fact]
    public void Damaged_containers_never_make_sniffing_throw()
    {
        byte[][] originals =
        [
            WordDocument(WordprocessingDocumentType.MacroEnabledDocument),
            CfbBuilder.Build(("EncryptionInfo", Filled(248, 0x04)), ("EncryptedPackage", Filled(9000, 0x5A))),
            CfbBuilder.Build(("WordDocument", Filled(5000, 0xEC)), ("1Table", Filled(300, 0x01))),
        ];
        var random = new Random(1130303);
        var formats = new HashSet<FileFormat>();
        for (var round = 0; round < 600; round++)
        {
            var bytes = (byte[])originals[round % originals.Length].Clone();
            // Damage the header and directory areas most of the time: that is where parsers trip.
            for (var k = 0; k <= round % 5; k++)
            {
                var limit = random.Next(2) == 0 ? Math.Min(bytes.Length, 1024) : bytes.Length;
                bytes[random.Next(limit)] = (byte)random.Next(256);
            }

            formats.Add(FormatSniffer.Sniff(bytes.AsSpan(0, random.Next(bytes.Length / 2, bytes.Length + 1))).Format);
        }

        Assert.Contains(FileFormat.LegacyOffice, formats);
        Assert.Contains(FileFormat.Zip, formats);
    }

    [Theory]
    [InlineData("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n")]
    [InlineData("\r\n\r\n%PDF-1.4\n")]
    public void Pdf_header_near_the_start_is_pdf(string start)
    {
        Assert.Equal(new SniffResult(FileFormat.Pdf), FormatSniffer.Sniff(Encoding.Latin1.GetBytes(start)));
    }

    [Fact]
    public void Pdf_header_after_the_first_kilobyte_is_not_pdf()
    {
        var bytes = Encoding.ASCII.GetBytes(new string(' ', 1100) + "%PDF-1.7\n");

        Assert.Equal(FileFormat.Text, FormatSniffer.Sniff(bytes).Format);
    }

    [Fact]
    public void Message_with_typical_headers_and_a_blank_line_is_eml()
    {
        var message =
            "Received: from mail.example.gov.tw by mx.example.gov.tw; Mon, 3 Mar 2025 10:00:00 +0800\r\n" +
            "From: 王小明 <ming.wang@example.gov.tw>\r\n" +
            "To: records@example.gov.tw\r\n" +
            "Subject: 檢送低收入戶資格審查資料\r\n" +
            "\t（補件）\r\n" +
            "Date: Mon, 3 Mar 2025 10:00:00 +0800\r\n" +
            "MIME-Version: 1.0\r\n" +
            "Content-Type: text/plain; charset=utf-8\r\n" +
            "\r\n" + OfficialLetter;

        var result = FormatSniffer.Sniff(Encoding.UTF8.GetBytes(message));

        Assert.Equal(FileFormat.Eml, result.Format);
        Assert.Equal(Encoding.UTF8.CodePage, result.TextEncoding!.CodePage);
    }

    [Fact]
    public void Big5_message_is_eml_in_big5()
    {
        var message = "From: records@example.gov.tw\nSubject: 個資清冊\nDate: Mon, 3 Mar 2025 10:00:00 +0800\n\n" + OfficialLetter;

        var result = FormatSniffer.Sniff(Big5.GetBytes(message));

        Assert.Equal(FileFormat.Eml, result.Format);
        Assert.Equal(950, result.TextEncoding!.CodePage);
    }

    [Theory]
    [InlineData("From: records@example.gov.tw\nX-Mailer: Outlook\n\nbody\n")]
    [InlineData("From: records@example.gov.tw\nTo: a@example.gov.tw\nSubject: no blank line follows\n")]
    [InlineData("From: records@example.gov.tw\nTo: a@example.gov.tw\nthis line is no header field\n\nbody\n")]
    [InlineData(" From: records@example.gov.tw\nTo: a@example.gov.tw\n\nbody\n")]
    [InlineData("主旨: 測試\nFrom: records@example.gov.tw\nTo: a@example.gov.tw\n\nbody\n")]
    [InlineData("\nFrom: records@example.gov.tw\nTo: a@example.gov.tw\n\nbody\n")]
    public void Text_without_a_real_header_block_is_text(string text)
    {
        Assert.Equal(FileFormat.Text, FormatSniffer.Sniff(Encoding.UTF8.GetBytes(text)).Format);
    }

    [Fact]
    public void Utf8_without_bom_is_utf8_text()
    {
        var result = FormatSniffer.Sniff(Encoding.UTF8.GetBytes(OfficialLetter));

        Assert.Equal(FileFormat.Text, result.Format);
        Assert.Equal(65001, result.TextEncoding!.CodePage);
    }

    [Theory]
    [InlineData(65001)]
    [InlineData(1200)]
    [InlineData(1201)]
    public void Byte_order_mark_decides_the_encoding(int codePage)
    {
        var encoding = Encoding.GetEncoding(codePage);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(OfficialLetter)).ToArray();

        var result = FormatSniffer.Sniff(bytes);

        Assert.Equal(FileFormat.Text, result.Format);
        Assert.Equal(codePage, result.TextEncoding!.CodePage);
    }

    [Theory]
    [InlineData(1200)]
    [InlineData(1201)]
    public void Utf16_without_bom_is_told_by_its_zero_bytes(int codePage)
    {
        var result = FormatSniffer.Sniff(Encoding.GetEncoding(codePage).GetBytes(OfficialLetter));

        Assert.Equal(FileFormat.Text, result.Format);
        Assert.Equal(codePage, result.TextEncoding!.CodePage);
    }

    [Fact]
    public void Big5_text_is_text_that_decodes_back()
    {
        var bytes = Big5.GetBytes(OfficialLetter);

        var result = FormatSniffer.Sniff(bytes);

        Assert.Equal(FileFormat.Text, result.Format);
        Assert.Equal(950, result.TextEncoding!.CodePage);
        var decoded = result.TextEncoding.GetString(bytes);
        Assert.Contains("身分證統一編號 F152601819", decoded);
        Assert.Equal(OfficialLetter, decoded);
    }

    [Fact]
    public void Big5_text_longer_than_the_sample_is_text()
    {
        var bytes = Big5.GetBytes(string.Concat(Enumerable.Repeat(OfficialLetter, 1000)));

        Assert.Equal(950, FormatSniffer.Sniff(bytes).TextEncoding!.CodePage);
    }

    [Fact]
    public void Empty_file_is_empty_text()
    {
        var result = FormatSniffer.Sniff([]);

        Assert.Equal(FileFormat.Text, result.Format);
        Assert.Equal("", result.TextEncoding!.GetString([]));
    }

    [Fact]
    public void Random_binary_is_unknown()
    {
        var bytes = new byte[8192];
        new Random(20250303).NextBytes(bytes);

        Assert.Equal(SniffResult.Unknown, FormatSniffer.Sniff(bytes));
    }

    [Fact]
    public void Binary_records_with_zero_high_bytes_are_unknown()
    {
        // 16-bit samples look like UTF-16 by their zeros but decode to control characters.
        var bytes = Enumerable.Range(0, 4096).SelectMany(i => new[] { (byte)(i * 7 % 256), (byte)0 }).ToArray();
        var words = Enumerable.Range(0, 2048).SelectMany(i => BitConverter.GetBytes(i % 40)).ToArray();

        Assert.Equal(FileFormat.Unknown, FormatSniffer.Sniff(bytes).Format);
        Assert.Equal(FileFormat.Unknown, FormatSniffer.Sniff(words).Format);
    }

    [Fact]
    public void Docx_named_pdf_is_a_mismatch()
    {
        var sniff = FormatSniffer.Sniff(WordDocument(WordprocessingDocumentType.Document));

        Assert.Equal(".pdf", FormatSniffer.ExtensionMismatch("公文附件.pdf", sniff.Format));
    }

    [Theory]
    [InlineData("函稿.docx", FileFormat.Docm)]
    [InlineData("函稿.DOCM", FileFormat.Docx)]
    [InlineData("範本.dotx", FileFormat.Docx)]
    [InlineData("名冊.xlsx", FileFormat.Xlsm)]
    [InlineData("簡報.pptm", FileFormat.Pptx)]
    [InlineData("加密.docx", FileFormat.EncryptedOffice)]
    [InlineData("舊公文.doc", FileFormat.LegacyOffice)]
    [InlineData("舊名冊.xls", FileFormat.LegacyOffice)]
    [InlineData("郵件.msg", FileFormat.LegacyOffice)]
    [InlineData("公文.pdf", FileFormat.Pdf)]
    [InlineData("郵件.eml", FileFormat.Eml)]
    [InlineData("郵件.eml", FileFormat.Text)]
    [InlineData("說明.txt", FileFormat.Text)]
    [InlineData("名冊.csv", FileFormat.Text)]
    [InlineData("頁面.html", FileFormat.Text)]
    [InlineData("附件.zip", FileFormat.Zip)]
    [InlineData("附件.7z", FileFormat.Pdf)]
    [InlineData("沒有副檔名", FileFormat.Docx)]
    [InlineData("資料夾/子資料夾/報告.pdf", FileFormat.Pdf)]
    public void Extension_of_the_same_family_or_unknown_is_no_mismatch(string name, FileFormat actual)
    {
        Assert.Null(FormatSniffer.ExtensionMismatch(name, actual));
    }

    [Theory]
    [InlineData("舊公文.doc", FileFormat.Docx, ".doc")]
    [InlineData("函稿.docx", FileFormat.LegacyOffice, ".docx")]
    [InlineData("函稿.docx", FileFormat.Xlsx, ".docx")]
    [InlineData("公文.PDF", FileFormat.Text, ".pdf")]
    [InlineData("說明.txt", FileFormat.Pdf, ".txt")]
    [InlineData("附件.zip", FileFormat.Docx, ".zip")]
    [InlineData("郵件.eml", FileFormat.Zip, ".eml")]
    [InlineData("名冊.xlsx", FileFormat.Unknown, ".xlsx")]
    public void Extension_of_another_family_is_a_mismatch(string name, FileFormat actual, string expected)
    {
        Assert.Equal(expected, FormatSniffer.ExtensionMismatch(name, actual));
    }

    private static byte[] WordDocument(WordprocessingDocumentType type)
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, type))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text(OfficialLetter)))));
        }

        return stream.ToArray();
    }

    private static byte[] Package(string mainPart, string mainContentType, params (string Name, byte[] Data)[] extra)
    {
        var contentTypes =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            $"<Override PartName=\"/{mainPart}\" ContentType=\"{mainContentType}\"/>" +
            "</Types>";
        (string, byte[])[] parts =
        [
            ("[Content_Types].xml", Encoding.UTF8.GetBytes(contentTypes)),
            ("_rels/.rels", Encoding.UTF8.GetBytes("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>")),
            (mainPart, Encoding.UTF8.GetBytes("<root/>")),
            .. extra,
        ];
        return ZipBuilder.Build(null, CompressionLevel.Optimal, parts);
    }

    private static byte[] Filled(int length, byte value)
    {
        var bytes = new byte[length];
        Array.Fill(bytes, value);
        return bytes;
    }

    [Fact]
    public void Pictures_and_programs_are_told_by_their_signatures()
    {
        Assert.Equal(FileFormat.Image, FormatSniffer.Sniff([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).Format);
        Assert.Equal(FileFormat.Image, FormatSniffer.Sniff([0xFF, 0xD8, 0xFF, 0xE0, 0, 16]).Format);
        Assert.Equal(FileFormat.Image, FormatSniffer.Sniff("GIF89a\u0001\u0000"u8).Format);

        var pe = new byte[256];
        pe[0] = (byte)'M';
        pe[1] = (byte)'Z';
        pe[0x3C] = 0x80;
        "PE\0\0"u8.CopyTo(pe.AsSpan(0x80));
        Assert.Equal(FileFormat.Executable, FormatSniffer.Sniff(pe).Format);
        Assert.Equal(FileFormat.Executable, FormatSniffer.Sniff([0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0]).Format);

        // Text that merely starts with "MZ" is still text.
        Assert.Equal(FileFormat.Text, FormatSniffer.Sniff(Encoding.UTF8.GetBytes("MZ 專案會議紀錄：出席人員名單如附件，請查照。" + new string('。', 40))).Format);
    }
}
