using System.Text;
using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Packaging;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// An electronic 公文 as the exchange system ships it (issue 17): a zip of the DI (104_2_utf8.dtd,
/// which is not shipped), its exchange form (.sw) and the two attachments its internal subset declares.
/// The petitioner's ID is in 說明, the roster of petitioners in the declared attachment 附件一.txt is
/// scanned as part of the letter; 機關代碼 and 發文字號 numbers are no findings.
/// </summary>
public sealed class ElectronicLetterPackage : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var di = SegmentSources.Di;
        var body = SegmentSources.Body;
        var letter = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE 函 SYSTEM "104_2_utf8.dtd" [
            <!ENTITY ATTCH1 SYSTEM "附件一.txt" NDATA _X>
            <!ENTITY ATTCH2 SYSTEM "附件二.pdf" NDATA _X>
            <!ENTITY 表單 SYSTEM "1150012345.sw" NDATA DI>
            <!NOTATION DI SYSTEM "">
            <!NOTATION _X SYSTEM "">
            ]>
            <函>
              <發文機關>
                <全銜>高雄市政府工務局</全銜>
                <機關代碼>397000000A</機關代碼>
              </發文機關>
              <函類別 代碼="函"/>
              <地址>83001{plant.Address(di, "高雄市", "鳳山區", "光復路", "二段", "132號")}</地址>
              <聯絡方式>承辦人：工程員　○○○</聯絡方式>
              <受文者><交換表 交換表單="表單"/></受文者>
              <發文日期><年月日>中華民國115年12月6日</年月日></發文日期>
              <發文字號>
                <字>高市工養字</字>
                <文號><年度>115</年度><流水號>1150012345</流水號><支號/></文號>
              </發文字號>
              <速別 代碼="普通件"/>
              <密等及解密條件或保密期限><密等/><解密條件或保密期限></解密條件或保密期限></密等及解密條件或保密期限>
              <附件>
                <文字>陳情人名冊、現場照片說明各1份</文字>
                <附件檔名 附件名="ATTCH1 ATTCH2"/>
              </附件>
              <主旨>
                <文字>有關臺端等陳情本市人行道破損一案，復如說明，請查照。</文字>
              </主旨>
              <段落 段名="說明：">
                <文字/>
                <條列 序號="一、"><文字>復陳情人{plant.Name("李美玲", di)}（身分證統一編號{plant.Id(SyntheticIds.H259083019, di)}）115年11月20日陳情書。</文字></條列>
                <條列 序號="二、"><文字>本局已於115年11月25日派員會勘，將於115年12月底前完成地磚更新。</文字></條列>
              </段落>
              <正本><全銜>如陳情人名冊</全銜></正本>
              <副本><全銜>高雄市鳳山區公所</全銜></副本>
              <署名>局長　○○○</署名>
            </函>
            """;
        var exchangeForm = """
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE 交換表單 SYSTEM "104_roster_utf8.dtd">
            <交換表單>
              <全銜>高雄市鳳山區公所</全銜><機關代碼>397060000A</機關代碼><含附件>含附件</含附件>
            </交換表單>
            """;
        var roster =
            "陳情人名冊\n" +
            $"一、陳情人：{plant.Name("陳志明", body)}，身分證統一編號：{plant.Id(SyntheticIds.A166131861, body)}，通訊地址：{plant.Address(body, "高雄市", "鳳山區", "光復路", "二段", "140號")}\n";

        var utf8 = new UTF8Encoding(false);
        var zip = DeterministicZip.Create(
            ("1150012345.di", utf8.GetBytes(letter)),
            ("1150012345.sw", utf8.GetBytes(exchangeForm)),
            ("附件一.txt", utf8.GetBytes(roster)),
            ("附件二.pdf", CleanSources.PhotoNotesPdf()));
        yield return new SampleDocument("電子公文-人行道陳情案復函.zip", zip, plant.Expectation);
    }
}
