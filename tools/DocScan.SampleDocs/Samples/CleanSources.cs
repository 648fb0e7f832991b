using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Pdf;
using DocScan.SampleDocs.Word;
using static DocScan.SampleDocs.Word.WordMarkup;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// Ordinary ID-free documents that other samples wrap, damage or encrypt. Keeping them free of IDs
/// makes the expectation of a damaged copy independent of how much of it a reader salvages.
/// </summary>
public static class CleanSources
{
    public static byte[] MeetingLetterDocx() =>
        new DocxBuilder(Agencies.WordFile("開會通知單", "秘書室", "嘉義市政府"))
            .Body(
                Title("嘉義市政府　開會通知單"),
                Text("受文者：本府各局處"),
                Text("發文日期：中華民國113年5月20日"),
                Text("發文字號：府秘文字第1131234567號"),
                Item("開會事由：", "研商113年度公文檔案管理稽核作業"),
                Item("開會時間：", "113年6月3日（星期一）下午2時"),
                Item("開會地點：", "本府2樓簡報室"),
                Item("主持人：", "秘書長"),
                Item("出席者：", "各局處文書單位主管"),
                Clause("備註：請各局處於會前盤點公文線上簽核及檔案保存情形，並指派熟悉業務人員出席。"),
                Clause("一、依檔案法及其施行細則規定，機關檔案應定期辦理稽核，以確保檔案之完整與安全。"),
                Clause("二、本次會議將說明電子公文交換、機密文書處理及檔案借調紀錄等稽核項目，請各局處預為準備。"),
                Clause("三、會議資料請於會前至本府公文系統下載，恕不另行提供紙本。"))
            .Build();

    public static byte[] AnnualReportPdf(string stableIdSeed)
    {
        using var pdf = new PdfComposer("112年度公文檔案管理工作報告", "秘書處");
        pdf.NewPage()
            .Heading("112年度公文檔案管理工作報告")
            .Line("報告單位：秘書處文書科　　中華民國113年5月20日")
            .Rule()
            .Line("一、公文處理概況", 14);
        for (var month = 1; month <= 12; month++)
        {
            pdf.Paragraph($"（{month}）112年{month}月收文{1800 + month * 37}件、發文{1200 + month * 29}件，平均處理天數{2.1 + month % 4 * 0.3:0.0}日，逾期案件{month % 3}件。", 12, 2);
        }

        pdf.NewPage()
            .Line("二、檔案管理", 14)
            .Paragraph("（一）全年完成立案編目檔案計3萬2千餘件，電子檔案比率達87％。", 12, 2)
            .Paragraph("（二）辦理檔案清查及銷毀作業，銷毀屆滿保存年限檔案4,215件，均經檔案管理局核准。", 12, 2)
            .Paragraph("（三）檔案庫房溫溼度每日監測，並完成年度消防及安全檢查。", 12, 2)
            .Line("三、精進措施", 14)
            .Paragraph("（一）推動公文線上簽核比率至95％以上，減少紙本流通。", 12, 2)
            .Paragraph("（二）加強機密文書處理及檔案借調紀錄之稽核，落實公務機密維護。", 12, 2);
        return pdf.Build("秘書處文書科", stableIdSeed);
    }

    public static byte[] PhotoNotesPdf()
    {
        using var pdf = new PdfComposer("現場照片說明", "養護工程處");
        pdf.NewPage()
            .Heading("現場照片說明")
            .Line("地點：高雄市鳳山區光復路二段人行道")
            .Line("拍攝日期：113年5月10日")
            .Rule()
            .Paragraph("照片一：人行道地磚多處翹起，最大高低差約3公分，位於公車站牌北側。")
            .Paragraph("照片二：路樹根系擠壓鋪面，造成地磚破裂，需一併修剪根系。")
            .Paragraph("照片三：夜間照明不足，建議增設人行道照明。");
        return pdf.Build("現場照片說明", "photo-notes");
    }
}
