using System.Diagnostics;
using DocScan.SampleDocs.Catalog;

namespace DocScan.SampleDocs.Odf;

/// <summary>
/// Office samples saved as ODF by LibreOffice, the way an agency converts them for CNS 15251, and as
/// the 97–2003 binary formats archives still hold: the same document, so the same expectation. LibreOffice stamps every zip entry with the time of the
/// conversion, so a conversion already in the sample folder is kept as it is (the output stays
/// byte-identical); a missing one is made with <c>soffice --headless --convert-to</c>.
/// </summary>
public sealed class LibreOfficeConversions(string sampleFolder)
{
    private static readonly (string Source, string Extension)[] Conversions =
    [
        ("道路拓寬用地所有權人清冊.docx", "odt"),
        ("職務報告-中正一分局.docx", "odt"),
        ("職務報告-中正一分局.docx", "fodt"),
        ("陳情案簽稿.docx", "odt"),
        ("里長聯繫會報會議紀錄.docx", "odt"),
        ("健保承保系統-在保人員查詢結果.xlsx", "ods"),
        ("業務簡報-個資保護稽核.pptx", "odp"),
        ("道路拓寬用地所有權人清冊.docx", "doc"),
        ("職務報告-中正一分局.docx", "doc"),
        ("健保承保系統-在保人員查詢結果.xlsx", "xls"),
        ("業務簡報-個資保護稽核.pptx", "ppt"),
    ];

    public IEnumerable<SampleDocument> Convert(IReadOnlyList<SampleDocument> generated)
    {
        foreach (var (source, extension) in Conversions)
        {
            var original = generated.Single(d => d.File == source);
            var file = Path.ChangeExtension(source, extension);
            var existing = Path.Combine(sampleFolder, file);
            var content = File.Exists(existing) ? File.ReadAllBytes(existing) : ConvertWithLibreOffice(original, extension);
            yield return new SampleDocument(file, content, original.Expected);
        }
    }

    private static byte[] ConvertWithLibreOffice(SampleDocument original, string extension)
    {
        var folder = Directory.CreateTempSubdirectory("docscan-odf-");
        try
        {
            var input = Path.Combine(folder.FullName, original.File);
            File.WriteAllBytes(input, original.Content);
            var start = new ProcessStartInfo("soffice", ["--headless", "--convert-to", extension, "--outdir", folder.FullName, input])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            var output = Path.ChangeExtension(input, extension);
            return process.ExitCode == 0 && File.Exists(output)
                ? File.ReadAllBytes(output)
                : throw new InvalidOperationException($"soffice could not convert {original.File} (install libreoffice-writer-nogui, -calc-nogui, -impress-nogui).");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
