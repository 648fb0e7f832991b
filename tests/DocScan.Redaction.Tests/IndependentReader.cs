using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using MimeKit;
using UglyToad.PdfPig;

namespace DocScan.Redaction.Tests;

/// <summary>
/// Everything a file carries as text, read the low-level way and without DocScan's extractors: every
/// text node and attribute of every XML part of a zip (and each paragraph's runs joined, so a value split
/// over runs is seen), every header and part of a message, PDF letters from PdfPig, pdftotext's output,
/// the raw file and every inflated stream. A value the drafts should have removed must be in none of it.
/// </summary>
internal static partial class IndependentReader
{
    public static async Task<List<string>> ReadAsync(byte[] content, string name)
    {
        var texts = new List<string> { name };
        await ReadAsync(content, name, texts, depth: 0);
        return texts;
    }

    private static async Task ReadAsync(byte[] content, string name, List<string> texts, int depth)
    {
        if (depth > 8)
        {
            throw new InvalidOperationException("nesting deeper than any sample");
        }

        if (content.AsSpan().StartsWith("%PDF"u8))
        {
            await ReadPdfAsync(content, texts);
        }
        else if (content.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            await ReadZipAsync(content, texts, depth);
        }
        else if (name.EndsWith(".eml", StringComparison.OrdinalIgnoreCase))
        {
            await ReadMessageAsync(content, texts, depth);
        }
        else if (LooksLikeXml(content))
        {
            // Flat ODF (.fodt …) and other XML: the parts a zip would hold, in one file.
            ReadXml(content, texts);
        }
        else
        {
            texts.Add(DecodeText(content));
        }
    }

    private static async Task ReadZipAsync(byte[] content, List<string> texts, int depth)
    {
        using var archive = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read, false, Encoding.GetEncoding(950));
        foreach (var entry in archive.Entries)
        {
            texts.Add(entry.FullName);
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            var bytes = copy.ToArray();
            if (LooksLikeXml(bytes))
            {
                ReadXml(bytes, texts);
            }
            else
            {
                await ReadAsync(bytes, entry.FullName, texts, depth + 1);
            }
        }
    }

    private static void ReadXml(byte[] bytes, List<string> texts)
    {
        texts.Add(Encoding.UTF8.GetString(bytes));
        // A DI declares its attachments in a DOCTYPE: skipped, never fetched.
        var document = XDocument.Load(XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null }));
        foreach (var element in document.Descendants())
        {
            texts.AddRange(element.Attributes().Select(a => a.Value));
            if (element.Name.LocalName is "p" or "si" or "is" or "text" or "r")
            {
                // Runs joined as a reader sees them: w:t, a:t, m:t and x:t inside the paragraph.
                texts.Add(string.Concat(element.Descendants().Where(d => d.Name.LocalName == "t").Select(d => d.Value)));
            }

            if (element.Name.NamespaceName == "urn:oasis:names:tc:opendocument:xmlns:text:1.0" && element.Name.LocalName is "p" or "h")
            {
                // ODF keeps a paragraph's text in the paragraph and its spans, not in text elements.
                texts.Add(element.Value);
            }
        }

        texts.AddRange(document.DescendantNodes().OfType<XText>().Select(t => t.Value));
    }

    private static async Task ReadMessageAsync(byte[] content, List<string> texts, int depth)
    {
        using var message = await MimeMessage.LoadAsync(new MemoryStream(content));
        await ReadMessageAsync(message, texts, depth);
    }

    private static async Task ReadMessageAsync(MimeMessage message, List<string> texts, int depth)
    {
        texts.AddRange(message.Headers.Select(h => h.Value));
        texts.AddRange(message.Headers.Select(h => Encoding.Latin1.GetString(h.RawValue)));
        foreach (var entity in message.BodyParts)
        {
            switch (entity)
            {
                case MessagePart { Message: { } forwarded }:
                    await ReadMessageAsync(forwarded, texts, depth + 1);
                    break;
                case TextPart text when !text.IsAttachment:
                    texts.Add(text.Text);
                    break;
                case MimePart part:
                    texts.Add(part.FileName ?? "");
                    using (var decoded = new MemoryStream())
                    {
                        await part.Content!.DecodeToAsync(decoded);
                        await ReadAsync(decoded.ToArray(), part.FileName ?? "attachment", texts, depth + 1);
                    }

                    break;
            }
        }
    }

    private static async Task ReadPdfAsync(byte[] content, List<string> texts)
    {
        texts.Add(Encoding.Latin1.GetString(content));
        foreach (Match stream in StreamData().Matches(Encoding.Latin1.GetString(content)))
        {
            texts.Add(Inflate(Encoding.Latin1.GetBytes(stream.Groups[1].Value)));
        }

        using (var document = PdfDocument.Open(content))
        {
            foreach (var page in document.GetPages())
            {
                texts.Add(string.Concat(page.Letters.Select(l => l.Value)));
            }

            texts.AddRange(document.Information.DocumentInformationDictionary?.Data.Values.Select(v => v.ToString() ?? "") ?? []);
        }

        texts.Add(await PdfToTextAsync(content));
    }

    public static async Task<string> PdfToTextAsync(byte[] content)
    {
        var file = Path.Combine(Path.GetTempPath(), $"docscan-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, content);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, "pdftotext failed: " + await process.StandardError.ReadToEndAsync());
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Inflate(byte[] data)
    {
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            using var output = new MemoryStream();
            zlib.CopyTo(output);
            var bytes = output.ToArray();
            return Encoding.Latin1.GetString(bytes) + "\n" + Encoding.UTF8.GetString(bytes) + "\n" + Encoding.BigEndianUnicode.GetString(bytes);
        }
        catch (InvalidDataException)
        {
            return Encoding.Latin1.GetString(data);
        }
    }

    private static string DecodeText(byte[] content)
    {
        if (content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.Length > 1 && content[1] == 0)
        {
            return Encoding.Unicode.GetString(content);
        }

        if (content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(content);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(950).GetString(content);
        }
    }

    private static bool LooksLikeXml(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 64)).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        return text.StartsWith("<?xml", StringComparison.Ordinal) || text.StartsWith('<') && !text.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"stream\r?\n(.*?)\r?\nendstream", RegexOptions.Singleline)]
    private static partial Regex StreamData();
}
