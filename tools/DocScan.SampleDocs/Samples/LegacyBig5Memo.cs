using System.Text;
using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A 簽 exported by an old document system: a DI in Big5 (99_2_big5.dtd, not shipped) without
/// attachments. The applicant's ID and address are in 主旨 and 說明; 密等 普通 is no marking; the
/// 檔號 and 發文字號 numbers are no findings.
/// </summary>
public sealed class LegacyBig5Memo : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var di = SegmentSources.Di;
        var memo = $"""
            <?xml version="1.0" encoding="big5"?>
            <!DOCTYPE 簽 SYSTEM "99_2_big5.dtd">
            <簽>
              <檔號><年度>099</年度><分類號>0301</分類號><案次號>12</案次號></檔號>
              <保存年限>10</保存年限>
              <密等及解密條件或保密期限><密等>普通</密等><解密條件或保密期限></解密條件或保密期限></密等及解密條件或保密期限>
              <年月日>中華民國99年5月3日</年月日>
              <機關>於社會課</機關>
              <主旨><文字>簽陳申請人{plant.Name("張志明", di)}（身分證統一編號{plant.Id(SyntheticIds.F152601819, di)}）申請急難救助新臺幣1萬元案，請核示。</文字></主旨>
              <段落 段名="說明：">
                <條列 序號="一、"><文字>申請人住{plant.Address(di, "臺南市", "東區", "崇學路", "100號")}，因家中主要經濟來源者驟逝，生活陷困。</文字></條列>
                <條列 序號="二、"><文字>經本課99年4月30日訪視屬實，符合本市急難救助實施要點第3點規定。</文字></條列>
              </段落>
              <段落 段名="擬辦："><文字>擬准予救助，所需經費由本年度急難救助金項下支應。</文字></段落>
            </簽>
            """;

        yield return new SampleDocument("舊系統公文-急難救助簽.di", Encoding.GetEncoding(950).GetBytes(memo), plant.Expectation);
    }
}
