using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Word;
using static DocScan.SampleDocs.Word.WordMarkup;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// Seed case 5: a ransomware incident notification. Host names, IP addresses, ports, system names and
/// the notification number are no findings; the reporting administrator's office line is one under
/// the shipped rules.
/// </summary>
public sealed class IncidentReport : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var docx = new DocxBuilder(Agencies.WordFile("資通安全事件通報單", "資訊室", "財團法人國家影音文化基金會"))
            .Body(
                Title("資通安全事件通報單"),
                Paragraph("right", 0, Run("通報編號：ISAC-113-0518-007")),
                Table([2600, 7000],
                    ["欄位", "內容"],
                    ["通報機關", "財團法人國家影音文化基金會（資通安全責任等級A級）"],
                    ["發現時間", "113年5月18日 22時40分"],
                    ["通報時間", "113年5月18日 23時55分"],
                    ["事件分類", "非法入侵－勒索軟體"],
                    ["影響等級", "機密性2級、完整性3級、可用性3級"],
                    ["受影響系統", "新新聞片庫系統、影音典藏管理系統、會員服務平台等9個系統"],
                    ["受影響主機", "NAS-ARCHIVE-01（10.20.30.41）、DB-NEWS-02（10.20.30.52）、AP-VOD-03（10.20.31.17）"],
                    ["可疑連線", "203.0.113.25、198.51.100.77（目的連接埠 3389/TCP）"],
                    ["事件描述", "值班人員發現影音典藏管理系統無法存取，檔案副檔名遭竄改並留有勒索訊息，要求支付比特幣。初判攻擊者利用未更新之遠端桌面服務入侵，並經由私自接用之網路設備橫向移動。"],
                    ["已採取措施", "隔離受影響主機、中斷對外連線、保全系統日誌及記憶體映像檔，並委請資安廠商進行鑑識與掃描。"],
                    ["是否涉及個資", "調查中（會員服務平台資料庫尚未確認是否遭存取）"],
                    ["通報人", $"資訊室系統管理師 {plant.Phone("(02)2633-5500 分機215", SegmentSources.Table, role: FindingRoles.Official)}"]),
                Clause("備註：本通報單依資通安全事件通報及應變辦法第4條規定，於知悉事件後1小時內通報。"));

        yield return new SampleDocument("資安事件通報單.docx", docx.Build(), plant.Expectation);
    }
}
