using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Packaging;
using DocScan.SampleDocs.Word;
using static DocScan.SampleDocs.Word.WordMarkup;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A zip of a petition's attachments: the petition, whose footnote gives the petitioner's ID, and a
/// clean PDF of photo notes. The ID and mobile number keep their own source (footnote) inside the
/// archive; the petitioner's name and the damaged sidewalk's street number are in the body.
/// </summary>
public sealed class PetitionAttachments : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var body = SegmentSources.Body;
        var petition = new DocxBuilder(Agencies.WordFile("陳情書", "養護工程處", "高雄市政府工務局"))
            .Footnote(1, $"陳情人身分證統一編號：{plant.Id(SyntheticIds.H259083019, SegmentSources.Footnote)}，聯絡電話：{plant.Phone("0912-345-678", SegmentSources.Footnote)}（依陳情案件處理要點填列，請勿公開）。")
            .Body(
                Title("陳情書"),
                Text("受文者：高雄市政府工務局"),
                Paragraph(Run($"陳情人：{plant.Name("李美玲", body)}"), FootnoteReference(1)),
                Subject($"陳情本市{plant.Address(body, "鳳山區", "光復路", "二段", "132號")}前人行道破損，請儘速修復。"),
                Text("說明："),
                Clause("一、上開人行道地磚多處破損翹起，113年5月10日已有長者絆倒受傷。"),
                Clause("二、檢附現場照片說明1份。"),
                Text("此致"),
                Text("高雄市政府工務局"),
                Paragraph("right", 0, Run($"陳情人：{plant.Name("李美玲", body)}　中華民國113年5月15日")))
            .Build();

        var zip = DeterministicZip.Create(("陳情書.docx", petition), ("現場照片說明.pdf", CleanSources.PhotoNotesPdf()));
        yield return new SampleDocument("陳情案附件.zip", zip, plant.Expectation);
    }
}
