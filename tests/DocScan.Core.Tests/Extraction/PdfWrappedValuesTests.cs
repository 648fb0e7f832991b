using DocScan.Core.Extraction;
using DocScan.Core.Scanning;

namespace DocScan.Core.Tests.Extraction;

public sealed class PdfWrappedValuesTests
{
    [Theory]
    [InlineData("查詢受查詢人周佳蓉（身分證統一編號 R2462", "81946）之投保資料", "R246281946")]
    [InlineData("聯絡電話：02-2345-", "6789，傳真：02-2345-6790", "02-2345-6789")]
    [InlineData("身分證統一編號Ｒ２４６", "２８１９４６", "Ｒ２４６２８１９４６")]
    public void A_token_cut_at_the_line_end_is_joined_with_its_rest(string line, string next, string joint) =>
        Assert.Equal(joint, PdfWrappedValues.Joint(line, next));

    [Theory]
    [InlineData("一、本案業經本府審查完竣。", "二、請於文到7日內辦理。")]
    [InlineData("王小明 A166131861", "")]
    [InlineData("第 1", "2 頁")]
    public void Lines_without_a_cut_token_have_no_joint(string line, string next) =>
        Assert.Null(PdfWrappedValues.Joint(line, next));

    [Fact]
    public async Task An_id_wrapped_at_the_line_end_is_found_once_on_its_page()
    {
        var pdf = PdfTestDocuments.Pages(
            ["Investigation summary, case 113-0042."],
            ["The clerk looked up the insured person (national ID R2462", "81946) and handed the screen to an outsider."]);

        var report = await new DocumentScanner().ScanAsync(pdf, "行政調查報告.pdf");

        var id = Assert.Single(report.Findings, f => f.Type == "national-id");
        Assert.Equal("R24****946", id.Masked);
        Assert.Equal(2, id.Location.Page);
    }

    [Fact]
    public async Task A_whole_id_at_the_end_of_a_table_row_is_not_glued_to_the_next_row()
    {
        var pdf = PdfTestDocuments.Pages(["1 Wang Xiaoming A166131861", "2 Li Dahua E209139090"]);

        var report = await new DocumentScanner().ScanAsync(pdf, "名冊.pdf");

        Assert.Equal(["A16****861", "E20****090"], report.Findings.Where(f => f.Type == "national-id").Select(f => f.Masked).Order());
    }
}
