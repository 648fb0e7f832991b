using System.IO.Compression;
using System.Text;
using DocScan.Redaction;
using DocScan.Core.Tests.Support;
using static DocScan.Redaction.Tests.DraftTestSupport;

namespace DocScan.Redaction.Tests;

/// <summary>A DI's draft is the same XML with its values masked in text and attribute values; a package's attachments are drafted by their own formats.</summary>
public sealed partial class DiDraftTests
{
    [Fact]
    public async Task Values_are_masked_in_text_and_attributes_and_the_markup_stays()
    {
        // A citizen named in an attribute, as some systems write the recipient (受文者 代碼).
        var letter = DiLetters.Letter().Replace("<受文者><交換表 交換表單=\"SW\"/></受文者>", "<受文者 代碼=\"申請人王小明（身分證統一編號F152601819）\"/>");
        var zip = ZipBuilder.BuildText(("公文.di", letter), ("公文.sw", DiLetters.ExchangeForm), ("附件一.txt", DiLetters.AttachmentText));

        var (result, draft) = await DraftAsync(zip, "函.zip");

        Assert.Equal(DraftStatus.Offered, result.Status);
        using var archive = new ZipArchive(new MemoryStream(draft));
        var drafted = Read(archive, "公文.di");
        Assert.DoesNotContain(DiLetters.ApplicantId, drafted);
        Assert.DoesNotContain(DiLetters.AttachmentId, Read(archive, "附件一.txt"));
        Assert.Contains("（身分證統一編號○○○○○○○○○○）\"/>", drafted);
        Assert.Contains("<!ENTITY ATTCH1 SYSTEM \"附件一.txt\" NDATA _X>", drafted);
        // Masks take the place of values character for character: every tag is where it was.
        Assert.Equal(Tags().Matches(letter).Select(m => m.Value), Tags().Matches(drafted).Select(m => m.Value));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<[^<>\s""]+")]
    private static partial System.Text.RegularExpressions.Regex Tags();

    private static string Read(ZipArchive archive, string name)
    {
        using var reader = new StreamReader(archive.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

/// <summary>分旨分文 for a DI letter addressed to several citizens: one letter each, naming only that citizen.</summary>
public sealed class DiRecipientDraftTests
{
    private static readonly string[] Citizens = ["王小明君", "李大華君", "張美玲女士", "陳志豪先生"];

    [Fact]
    public async Task A_letter_copied_to_several_citizens_becomes_one_letter_per_citizen()
    {
        var letter = DiLetters.MeetingNotice
            .Replace("<密等>密</密等>", "<密等/>")
            .Replace("<出席者><全銜>評選委員陳怡君、黃志偉、吳淑芬、劉家豪</全銜></出席者>", $"<出席者><全銜>{string.Join("、", Citizens)}</全銜></出席者>")
            .Replace("「東湖路排水改善工程」採購評選委員會第1次會議", "東湖路排水改善工程用地協調會");
        var result = await new DraftService(new DocumentScanner(new ScanOptions())).CreateDraftsAsync(DiLetters.Utf8(letter), "開會通知單.di");

        Assert.Equal(DraftStatus.Offered, result.Status);
        var letters = result.Files.Where(f => f.Kind == "recipient").ToList();
        Assert.Equal(Citizens.Length, letters.Count);
        for (var i = 0; i < Citizens.Length; i++)
        {
            // Read back by a plain XML parser that ignores the DTD, as another system would.
            var xml = System.Xml.Linq.XDocument.Load(System.Xml.XmlReader.Create(new MemoryStream(letters[i].Content),
                new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Ignore }));
            Assert.Equal($"{Citizens[i]}", xml.Root!.Element("出席者")!.Value);
            Assert.Equal("本局養護工程科", xml.Root.Element("列席者")!.Value);
            var text = Encoding.UTF8.GetString(letters[i].Content);
            Assert.All(Citizens.Where((_, j) => j != i), other => Assert.DoesNotContain(other[..3], text, StringComparison.Ordinal));
            Assert.False(letters[i].Content.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte-order mark");
        }

        Assert.Contains(result.Files, f => f.Audience == DraftAudience.Internal);
    }
}
