using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Word;
using static DocScan.SampleDocs.Word.WordMarkup;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// Seed case 4 from the other side: a district office asks the land office to check the parcels of a
/// road-widening project and attaches the owners' list. Parcel and building numbers are public
/// register data (listed, release); the owners' names and mailing addresses are what must not go out.
/// </summary>
public sealed class LandOwnerList : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var table = SegmentSources.Table;
        var docx = new DocxBuilder(Agencies.WordFile("道路拓寬用地所有權人清冊", "工務課", "新竹縣竹北市公所"))
            .Body(
                Title("新竹縣竹北市公所　函"),
                Text("受文者：新竹縣竹北地政事務所"),
                Text("發文日期：中華民國113年5月20日"),
                Text("發文字號：竹市工字第1130015678號"),
                Text("附件：土地所有權人清冊1份"),
                Subject("檢送本所辦理「斗崙段道路拓寬工程」用地範圍內土地所有權人清冊1份，請協助查註土地登記資料，請查照。"),
                Text("說明："),
                Clause($"一、本工程用地範圍涉及{plant.LandParcel("斗崙段456、457地號", "斗崙段45*、45*地號", SegmentSources.Body)}等2筆土地及地上建物1棟。"),
                Clause("二、所有權人資料如下表，請貴所協助查註有無限制登記或他項權利設定，並於113年6月5日前函復。"),
                Table([600, 1000, 1200, 1300, 1200, 1000, 3300],
                    ["編號", "地段", "地號", "地上建物建號", "所有權人", "權利範圍", "通訊地址"],
                    ["1", "斗崙段", plant.LandParcel("0456-0000", "0456-****地號", table), plant.BuildingNumber("00321-000", "00321-***建號", table), plant.Name("陳金水", table), "全部",
                        plant.Address(table, "新竹縣", "竹北市", "中正東路", "120號")],
                    ["2", "斗崙段", plant.LandParcel("0457-0000", "0457-****地號", table), "（無）", plant.Name("林黃秀英", table), "2分之1",
                        plant.Address(table, "新竹縣", "竹北市", "光明六路", "東一段", "88巷", "3號")],
                    ["3", "斗崙段", plant.LandParcel("0457-0000", "0457-****地號", table), "（無）", plant.Name("林志偉", table), "2分之1",
                        plant.Address(table, "新竹市", "東區", "光復路", "二段", "101號", "5樓", "之2")]),
                Text("正本：新竹縣竹北地政事務所"),
                Text("副本：本所工務課"),
                Paragraph("right", 0, Run("市長　○○○")));

        yield return new SampleDocument("道路拓寬用地所有權人清冊.docx", docx.Build(), plant.Expectation);
    }
}
