using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Packaging;
using DocScan.SampleDocs.Pdf;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// Scans without a text layer, so only OCR can judge them: a 區公所 letter as an office scanner returns
/// it (A4 at 200 dpi, slightly skewed, grain, blur, JPEG) naming the applicant with her ID, birth date
/// and mobile, and a fax at 75 dpi whose letters are blurs no reader can make out.
/// </summary>
public sealed class ScannedLetter : ISample
{
    private const int Width = 1654;
    private const int Height = 2339;

    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        using (var pdf = new PdfComposer("掃描公文", "收發室"))
        {
            pdf.JpegPage(Letter(plant));
            yield return new SampleDocument("掃描公文.pdf", pdf.BuildWithoutFooter("scanned-letter"), plant.Expectation);
        }

        using var fax = new PdfComposer("傳真來函", "收發室");
        fax.ImagePage(ScannedPageImage.Png(SampleClock.RandomSeed));
        yield return new SampleDocument("傳真來函-解析度過低.pdf", fax.BuildWithoutFooter("blurred-fax"), Expectation.WithProblem(ProblemCodes.LowOcrConfidence));
    }

    private static byte[] Letter(Plantings plant)
    {
        const string page = SegmentSources.Page;
        var name = "張雅惠";
        using var sheet = new PrintedSheet(Width, Height, PdfComposer.FontPath);
        sheet.Text("臺北市萬華區公所　函", 520, 190, 60);
        float y = 300;
        foreach (var line in new[]
        {
            $"地址：10852{plant.Address(page, "臺北市", "萬華區", "和平西路", "三段", "120號")}",
            $"承辦人：社會課　電話：{plant.Phone("(02)2306-4410 分機512", page, role: FindingRoles.Official)}",
            "",
            $"受文者：{plant.Name(name, page)}君",
            "發文日期：中華民國113年5月20日",
            "發文字號：北市萬社字第1133004567號",
            "速別：普通件",
            "密等及解密條件或保密期限：",
            "附件：",
            "",
            "主旨：臺端申請急難救助一案，經審核符合規定，核發救助金",
            "　　　新臺幣1萬元，請查照。",
            "說明：",
            "一、依據臺端113年5月6日申請書及社會救助法第21條辦理。",
            $"二、申請人姓名：{plant.Name(name, page)}，身分證統一編號：{plant.Id(SyntheticIds.H259083019, page)}，",
            $"　　出生日期：{plant.BirthDate("民國68年4月17日", page)}，行動電話：{plant.Phone("0932-518-207", page)}。",
            "三、救助金將於113年6月5日前撥入臺端指定之帳戶，如有疑問",
            "　　請洽承辦人。",
            "",
            $"正本：{plant.Name(name, page)}君",
            "副本：本所社會課",
        })
        {
            sheet.Text(line, 180, y, 36);
            y += 70;
        }

        sheet.Text("區長　林 志 明", 980, y + 120, 48);
        return sheet.Degrade(0.7f, 12, 0.6f, 70, 0, SampleClock.RandomSeed);
    }
}
