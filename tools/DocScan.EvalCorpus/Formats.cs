using System.IO.Compression;
using System.Text;
using DocScan.SampleDocs.Mail;
using DocScan.SampleDocs.Ooxml;
using DocScan.SampleDocs.Packaging;
using DocScan.SampleDocs.Pdf;
using DocScan.SampleDocs.Samples;
using DocScan.SampleDocs.Sheets;
using DocScan.SampleDocs.Word;
using MimeKit;
using static DocScan.SampleDocs.Word.WordMarkup;

namespace DocScan.EvalCorpus;

/// <summary>
/// Writes a <see cref="CorpusDocument"/> in one format with the sample generator's writers (docx, xlsx,
/// pdf, eml, zip); ODF text, CSV, plain text and DI are written here, as the sample generator has no
/// writer for them (its ODF files come from LibreOffice, too slow for a corpus made on every run).
/// </summary>
public static class Formats
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static byte[] Write(CorpusDocument document, string format, string seed) => format switch
    {
        "docx" => Docx(document),
        "pdf" => Pdf(document, seed),
        "odt" => Odt(document),
        "txt" => Utf8.GetBytes(string.Join("\n", Lines(document, "\t")) + "\n"),
        "csv" => Csv(document),
        "xlsx" => Xlsx(document),
        "di" => Di(document),
        "eml" => Eml(document, seed),
        _ => throw new ArgumentException($"unknown format {format}", nameof(format)),
    };

    /// <summary>The document as lines of text: letterhead, body (table cells joined by <paramref name="cellSeparator"/>), 正本, 副本, signature.</summary>
    public static IEnumerable<string> Lines(CorpusDocument document, string cellSeparator = "　")
    {
        foreach (var line in HeadLines(document))
        {
            yield return line;
        }

        foreach (var block in document.Body)
        {
            switch (block)
            {
                case Para para:
                    yield return para.Text;
                    break;
                case Grid grid:
                    yield return string.Join(cellSeparator, grid.Header);
                    foreach (var row in grid.Rows)
                    {
                        yield return string.Join(cellSeparator, row);
                    }

                    break;
            }
        }

        foreach (var line in TailLines(document))
        {
            yield return line;
        }
    }

    private static IEnumerable<string> HeadLines(CorpusDocument document)
    {
        if (document.Head is not { } head)
        {
            yield return document.Title;
            yield break;
        }

        yield return $"{head.Agency.Name}　{head.Kind}";
        foreach (var (label, value) in head.Contact)
        {
            yield return $"{label}：{value}";
        }

        yield return $"受文者：{head.Recipient}";
        yield return $"發文日期：{head.Date}";
        yield return $"發文字號：{head.Number}";
        yield return $"速別：{head.Speed}";
        yield return $"密等及解密條件或保密期限：{head.Secrecy}";
        yield return $"附件：{head.Attachment}";
        yield return $"主旨：{head.Subject}";
    }

    private static IEnumerable<string> TailLines(CorpusDocument document)
    {
        if (document.Original is { } original)
        {
            yield return $"正本：{original}";
        }

        if (document.Copies is { } copies)
        {
            yield return $"副本：{copies}";
        }

        if (document.Signature is { } signature)
        {
            yield return signature;
        }
    }

    private static byte[] Docx(CorpusDocument document)
    {
        var properties = Agencies.WordFile(document.Title, document.Head?.Agency.Unit ?? "業務科", document.Head?.Agency.Name ?? "");
        var builder = new DocxBuilder(properties);
        var blocks = new List<string>();
        var head = HeadLines(document).ToList();
        blocks.Add(Title(head[0]));
        blocks.AddRange(head.Skip(1).Select(Text));
        var commentId = 0;
        for (var i = 0; i < document.Body.Count; i++)
        {
            switch (document.Body[i])
            {
                case Para para when i + 1 < document.Body.Count && document.Body[i + 1] is Remark remark:
                    builder.Comment(commentId, remark.Author, remark.Author[..1], remark.Text);
                    blocks.Add(Paragraph(CommentStart(commentId), Run(para.Text), CommentEnd(commentId)));
                    commentId++;
                    break;
                case Para para:
                    blocks.Add(Text(para.Text));
                    break;
                case Grid grid:
                    var width = 9000 / grid.Header.Length;
                    blocks.Add(WordMarkup.Table(Enumerable.Repeat(width, grid.Header.Length).ToArray(), [grid.Header, .. grid.Rows]));
                    break;
            }
        }

        blocks.AddRange(TailLines(document).Select(Text));
        return builder.Body(blocks.ToArray()).Build();
    }

    private static byte[] Pdf(CorpusDocument document, string seed)
    {
        using var pdf = new PdfComposer(document.Title, document.Head?.Agency.Name ?? "");
        pdf.NewPage();
        var lines = Lines(document).ToList();
        pdf.Heading(lines[0]);
        foreach (var line in lines.Skip(1))
        {
            pdf.Paragraph(line, 11, indentEm: 1);
        }

        return pdf.Build(document.Title, seed);
    }

    private static byte[] Csv(CorpusDocument document)
    {
        var grid = document.Body.OfType<Grid>().First();
        static string Cell(string value) => value.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
        var text = new StringBuilder();
        foreach (var row in grid.Rows.Prepend(grid.Header))
        {
            text.Append(string.Join(",", row.Select(Cell))).Append("\r\n");
        }

        return Utf8.GetPreamble().Concat(Utf8.GetBytes(text.ToString())).ToArray();
    }

    private static byte[] Xlsx(CorpusDocument document)
    {
        var workbook = new XlsxBuilder(new DocumentProperties(document.Title, "業務科", "業務科", document.Head?.Agency.Name ?? "", Agencies.Excel));
        var sheet = workbook.Sheet(document.Title.Length > 28 ? document.Title[..28] : document.Title);
        sheet.Row(new SheetCell(SheetCell.Kind.SharedString, document.Title, Style: CellStyles.Title));
        foreach (var block in document.Body)
        {
            switch (block)
            {
                case Para para:
                    sheet.Row(SheetCell.Text(para.Text, CellStyles.Default));
                    break;
                case Grid grid:
                    sheet.Row(grid.Header.Select(SheetCell.Header).ToArray());
                    foreach (var row in grid.Rows)
                    {
                        sheet.Row(row.Select(cell => SheetCell.Text(cell)).ToArray());
                    }

                    break;
            }
        }

        return workbook.Build();
    }

    /// <summary>An ODF text document (CNS 15251) with the parts a reader needs: mimetype first and stored, manifest, content.</summary>
    private static byte[] Odt(CorpusDocument document)
    {
        var body = new StringBuilder();
        var head = HeadLines(document).ToList();
        body.Append($"<text:h text:outline-level=\"1\">{Xml.Escape(head[0])}</text:h>");
        foreach (var line in head.Skip(1))
        {
            body.Append($"<text:p>{Xml.Escape(line)}</text:p>");
        }

        foreach (var block in document.Body)
        {
            switch (block)
            {
                case Para para:
                    body.Append($"<text:p>{Xml.Escape(para.Text)}</text:p>");
                    break;
                case Grid grid:
                    body.Append($"<table:table table:name=\"表格{body.Length}\"><table:table-column table:number-columns-repeated=\"{grid.Header.Length}\"/>");
                    foreach (var row in grid.Rows.Prepend(grid.Header))
                    {
                        body.Append("<table:table-row>");
                        foreach (var cell in row)
                        {
                            body.Append($"<table:table-cell office:value-type=\"string\"><text:p>{Xml.Escape(cell)}</text:p></table:table-cell>");
                        }

                        body.Append("</table:table-row>");
                    }

                    body.Append("</table:table>");
                    break;
            }
        }

        foreach (var line in TailLines(document))
        {
            body.Append($"<text:p>{Xml.Escape(line)}</text:p>");
        }

        const string office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
        var content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" +
            $"<office:document-content xmlns:office=\"{office}\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" " +
            "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.3\">" +
            $"<office:body><office:text>{body}</office:text></office:body></office:document-content>";
        var manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" +
            "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">" +
            "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>" +
            "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>" +
            "</manifest:manifest>";
        return DeterministicZip.Create(
            [
                ("mimetype", Encoding.ASCII.GetBytes("application/vnd.oasis.opendocument.text")),
                ("META-INF/manifest.xml", Utf8.GetBytes(manifest)),
                ("content.xml", Utf8.GetBytes(content)),
            ],
            CompressionLevel.NoCompression);
    }

    /// <summary>A DI file (104_2_utf8.dtd) with the letterhead in its own elements and the body as 說明 items.</summary>
    private static byte[] Di(CorpusDocument document)
    {
        var head = document.Head ?? throw new InvalidOperationException("a DI file needs a letterhead");
        static string E(string text) => Xml.Escape(text);
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
            .Append($"<!DOCTYPE {head.Kind} SYSTEM \"104_2_utf8.dtd\">\n")
            .Append($"<{head.Kind}>\n")
            .Append($"  <發文機關><全銜>{E(head.Agency.Name)}</全銜><機關代碼>{E(head.Agency.PostalCode)}000000A</機關代碼></發文機關>\n")
            .Append($"  <函類別 代碼=\"{E(head.Kind)}\"/>\n");
        foreach (var (label, value) in head.Contact)
        {
            xml.Append(label.Contains("地址") ? $"  <地址>{E(value)}</地址>\n" : $"  <聯絡方式>{E(label)}：{E(value)}</聯絡方式>\n");
        }

        xml.Append($"  <受文者><全銜>{E(head.Recipient)}</全銜></受文者>\n")
            .Append($"  <發文日期><年月日>{E(head.Date)}</年月日></發文日期>\n")
            .Append($"  <發文字號><字>{E(head.Agency.WordPrefix)}</字><文號>{E(head.Number)}</文號></發文字號>\n")
            .Append($"  <速別 代碼=\"{E(head.Speed)}\"/>\n")
            .Append($"  <密等及解密條件或保密期限><密等>{E(head.Secrecy)}</密等><解密條件或保密期限></解密條件或保密期限></密等及解密條件或保密期限>\n")
            .Append($"  <附件><文字>{E(head.Attachment)}</文字></附件>\n")
            .Append($"  <主旨><文字>{E(head.Subject)}</文字></主旨>\n")
            .Append("  <段落 段名=\"說明：\">\n");
        foreach (var line in document.Body.Where(b => b is not Remark and not Para { Text: "說明：" }).SelectMany(b => b is Grid grid
                     ? grid.Rows.Prepend(grid.Header).Select(r => string.Join("　", r))
                     : [((Para)b).Text]))
        {
            xml.Append($"    <條列 序號=\"\"><文字>{E(line)}</文字></條列>\n");
        }

        xml.Append("  </段落>\n");
        if (document.Original is { } original)
        {
            xml.Append($"  <正本><全銜>{E(original)}</全銜></正本>\n");
        }

        if (document.Copies is { } copies)
        {
            xml.Append($"  <副本><全銜>{E(copies)}</全銜></副本>\n");
        }

        if (document.Signature is { } signature)
        {
            xml.Append($"  <署名>{E(signature)}</署名>\n");
        }

        xml.Append($"</{head.Kind}>\n");
        return Utf8.GetBytes(xml.ToString());
    }

    /// <summary>The document as the body of an e-mail from the agency's mailbox (the letterhead's 電子信箱) to <see cref="CorpusDocument.MailTo"/>.</summary>
    private static byte[] Eml(CorpusDocument document, string seed)
    {
        var from = document.Head?.Contact.FirstOrDefault(c => c.Label.Contains("信箱") || c.Label.Contains("郵件")).Value ?? document.MailFrom ?? "service@gov.tw";
        var to = document.MailTo ?? throw new InvalidOperationException("an e-mail needs its recipient");
        var message = MailFactory.Message(
            new MailboxAddress(document.Head?.Agency.Name ?? "", from), [new MailboxAddress("", to)],
            document.Title, $"<{seed}@docscan.eval>");
        message.Body = MailFactory.PlainText(string.Join("\r\n", Lines(document)));
        return MailFactory.ToBytes(message);
    }
}
