using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Word;
using static DocScan.SampleDocs.Word.WordMarkup;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A university's roster of a foreign student delegation, sent to the immigration agency: passport
/// numbers (Japanese, Philippine, US and the Taiwanese leader's), birth dates and e-mail addresses. One
/// student holds a resident certificate instead: in the passport column it is a resident-id, not a
/// passport. The students' names in Latin capitals are names by their 姓名（英文） column.
/// </summary>
public sealed class ExchangeStudentRoster : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var table = SegmentSources.Table;
        string[] Student(string no, string name, string country, string passport, string birth, string email) =>
            [no, plant.Name(name, table), country, plant.Passport(passport, table), plant.BirthDate(birth, table), plant.Email(email, table)];
        var docx = new DocxBuilder(Agencies.WordFile("國際交流參訪團名冊", "國際事務處", "國立中興大學"))
            .Body(
                Title("國立中興大學　函"),
                Text("受文者：內政部移民署中區事務大隊臺中市服務站"),
                Text("發文日期：中華民國113年5月20日"),
                Text("發文字號：興國際字第1130600321號"),
                Subject("檢送本校113年暑期國際交流參訪團外籍學員名冊1份，請惠予協助辦理入境相關事宜，請查照。"),
                Text("說明："),
                Clause("一、依據入出國及移民法第9條及本校國際學術交流實施要點辦理。"),
                Clause($"二、參訪團由本校國際事務處林志明專員帶隊（護照號碼：{plant.Passport("312345678", SegmentSources.Body)}），預定113年7月1日入境。"),
                Table([700, 2300, 1100, 1800, 1500, 2600],
                    ["編號", "姓名（英文）", "國籍", "護照號碼", "出生日期", "電子郵件"],
                    Student("1", "TANAKA YUKI", "日本", "TZ1234567", "2002-03-14", "yuki.tanaka@example.jp"),
                    Student("2", "MARIA SANTOS", "菲律賓", "P4471209B", "2001-11-02", "maria.santos@example.ph"),
                    Student("3", "JAMES MILLER", "美國", "531234567", "2003-07-21", "j.miller@example.edu"),
                    ["4", plant.Name("NGUYEN VAN MINH", table), "越南", $"持居留證 {plant.Id(SyntheticIds.ResidentF954323190, table)}",
                        plant.BirthDate("2002-09-30", table), plant.Email("minh.nguyen@example.vn", table)]),
                Text("正本：內政部移民署中區事務大隊臺中市服務站"),
                Text("副本：本校國際事務處"),
                Paragraph("right", 0, Run("校長　○○○")));

        yield return new SampleDocument("國際交流參訪團外籍學員名冊.docx", docx.Build(), plant.Expectation);
    }
}
