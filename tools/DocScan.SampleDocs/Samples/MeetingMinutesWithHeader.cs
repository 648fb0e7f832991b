using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Ooxml;
using DocScan.SampleDocs.Word;
using static DocScan.SampleDocs.Word.WordMarkup;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// Minutes written on a copy of an old case file: the page header still names the earlier petitioner
/// with his ID, and the file's author property holds the ID the clerk logs in with. The body is clean.
/// </summary>
public sealed class MeetingMinutesWithHeader : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var properties = new DocumentProperties("里長聯繫會報會議紀錄",
            Creator: plant.Id(SyntheticIds.R246281946, SegmentSources.Metadata),
            LastModifiedBy: "民政課", Company: "臺南市東區區公所", Application: Agencies.Word);
        var docx = new DocxBuilder(properties)
            .Header(Paragraph("right", 0, Run($"陳情人：{plant.Name("黃建國", SegmentSources.Header)}（{plant.Id(SyntheticIds.T196030828, SegmentSources.Header)}）　承辦：民政課")))
            .Footer(Paragraph("center", 0, Run("臺南市東區區公所")))
            .Body(
                Title("臺南市東區區公所113年第2次里長聯繫會報會議紀錄"),
                Text("一、時間：113年5月15日（星期三）下午2時"),
                Text("二、地點：本所3樓大禮堂"),
                Text("三、主持人：區長　　　　　　　　紀錄：民政課"),
                Text("四、出席人員：如簽到簿"),
                Text("五、主席致詞：（略）"),
                Text("六、業務報告："),
                Paragraph("both", 2, Run("（一）民政課：113年度兵役役男體檢日程已排定，請各里協助通知。")),
                Paragraph("both", 2, Run("（二）社會課：端午節關懷獨居長者活動請各里於5月31日前提報名單。")),
                Text("七、臨時動議：東門里里長建議增設崇學路口號誌，請建設課會同交通局會勘。"),
                Text("八、散會：下午4時10分"));

        yield return new SampleDocument("里長聯繫會報會議紀錄.docx", docx.Build(), plant.Expectation);
    }
}
