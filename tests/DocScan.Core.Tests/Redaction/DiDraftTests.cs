using System.IO.Compression;
using System.Text;
using DocScan.Core.Redaction;
using DocScan.Core.Tests.Extraction.Di;
using DocScan.Core.Tests.Support;
using static DocScan.Core.Tests.Redaction.DraftTestSupport;

namespace DocScan.Core.Tests.Redaction;

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
