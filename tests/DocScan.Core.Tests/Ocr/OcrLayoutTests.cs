using DocScan.Core.Ocr;

namespace DocScan.Core.Tests.Ocr;

/// <summary>How the lines of a paragraph read by OCR become one segment's text.</summary>
public class OcrLayoutTests
{
    [Fact]
    public void A_line_opening_a_field_or_an_item_starts_a_new_line_of_the_text()
    {
        var (text, spans) = OcrLayout.Join([Line("承辦人：社會課"), Line("受文者：張雅惠君"), Line("二、申請人"), Line("（一）依據")], 1);

        Assert.Equal("承辦人：社會課\n受文者：張雅惠君\n二、申請人\n（一）依據", text);
        Assert.Equal(text.IndexOf("受", StringComparison.Ordinal), spans[1].Start);
    }

    [Fact]
    public void A_value_wrapped_onto_the_next_line_stays_whole()
    {
        var (text, _) = OcrLayout.Join([Line("出生日期：民國78年5"), Line("月12日，電話：0935-"), Line("246-810")], 1);

        Assert.Equal("出生日期：民國78年5月12日，電話：0935-246-810", text);
    }

    private static OcrWord[] Line(string text) => [new OcrWord(text, new OcrBox(0, 0, 10 * text.Length, 30), 90)];
}
