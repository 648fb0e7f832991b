using DocScan.Core.Detection.Taiwan;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DocScan.Bench.Corpus;

/// <summary>
/// A long PDF made cheaply: ASCII pages in Helvetica (a standard font, nothing embedded), so the
/// extraction comparison also has one input where a tool's start-up time does not dominate.
/// </summary>
internal static class GeneratedPdf
{
    public const int Pages = 200;
    private const int LinesPerPage = 60;

    public static string Write(string outDirectory)
    {
        var random = new Random(DetectionCorpus.Seed);
        var ids = new SyntheticIds(random);
        string[] surnames = ["CHEN", "LIN", "HUANG", "CHANG", "LEE", "WANG", "WU", "LIU", "TSAI", "YANG"];
        string[] given = ["CHIH-MING", "SHU-FEN", "CHIEN-HUNG", "YA-TING", "CHIA-HAO", "YI-CHUN", "CHUN-CHIEH", "MEI-LING"];
        string[] streets = ["Xinyi Rd.", "Zhongshan N. Rd.", "Zhongxiao E. Rd.", "Minsheng Rd.", "Zhongzheng Rd."];

        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var pageNumber = 1; pageNumber <= Pages; pageNumber++)
        {
            var page = builder.AddPage(PageSize.A4);
            for (var line = 0; line < LinesPerPage; line++)
            {
                var text = (line % 4) switch
                {
                    0 => $"{line + 1}. Applicant {surnames[random.Next(surnames.Length)]} {given[random.Next(given.Length)]}, ID {(random.Next(4) == 0 ? ids.NationalId() : TaiwanIdChecksum.Mask(ids.NationalId()))}",
                    1 => $"   No. {random.Next(1, 400)}, Ln. {random.Next(1, 300)}, Sec. {random.Next(1, 5)}, {streets[random.Next(streets.Length)]}, Taipei City {random.Next(100, 117)}",
                    2 => $"   Tel. 09{ids.Digits(2)}-{ids.Digits(3)}-{ids.Digits(3)}; grant NT${random.Next(1, 90) * 1000:N0}; case no. {ids.InvalidNationalId()}",
                    _ => "   Pursuant to Article 6 of the Personal Data Protection Act, these data shall be kept confidential.",
                };
                page.AddText(text, 9, new PdfPoint(40, 800 - line * 12.5), font);
            }

            page.AddText($"Page {pageNumber} of {Pages}", 8, new PdfPoint(270, 30), font);
        }

        var path = Path.Combine(outDirectory, "generated-ascii.pdf");
        File.WriteAllBytes(path, builder.Build());
        return path;
    }
}
