using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Core.Tests.Support;
using static DocScan.Core.Tests.Extraction.DamageablePackage;

namespace DocScan.Core.Tests.Extraction;

/// <summary>
/// A 違規車輛移置保管清冊 that lost or damaged one part on its way out: it is corrupt, never
/// released, and the plates its worksheet still holds are still found.
/// </summary>
public sealed class DamagedSpreadsheetTests
{
    private const string Name = "違規車輛移置保管清冊.xlsx";

    // Row 3 is stored in the shared strings (as Excel does), row 4 inline in the worksheet itself.
    private const string SharedPlate = "BKR-7352";
    private const string InlinePlate = "RDE-6093";

    private const string Sheet = "xl/worksheets/sheet1.xml";
    private const string SharedStrings = "xl/sharedStrings.xml";
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly string OwnerId = IdFactory.Complete("F15260181");

    private static readonly DamageablePackage Register = new(
        ("[Content_Types].xml", ContentTypes(
            ("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
            (Sheet, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"),
            ("xl/worksheets/sheet2.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"),
            (SharedStrings, "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"))),
        ("_rels/.rels", RelationshipsPart(("rId1", "officeDocument", "xl/workbook.xml"))),
        ("xl/workbook.xml", $"""<workbook xmlns="{Main}" xmlns:r="{Relationships}"><sheets><sheet name="移置清冊" sheetId="1" r:id="rId1"/><sheet name="車主資料" sheetId="2" r:id="rId3"/></sheets></workbook>"""),
        ("xl/_rels/workbook.xml.rels", RelationshipsPart(
            ("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "sharedStrings", "sharedStrings.xml"), ("rId3", "worksheet", "worksheets/sheet2.xml"))),
        (Sheet, $"""
            <worksheet xmlns="{Main}"><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c></row>
            <row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c><c r="D2" t="s"><v>4</v></c></row>
            <row r="3"><c r="A3"><v>1</v></c><c r="B3" t="s"><v>5</v></c><c r="C3" t="s"><v>6</v></c><c r="D3" t="s"><v>7</v></c></row>
            <row r="4"><c r="A4"><v>2</v></c><c r="B4" t="inlineStr"><is><t>{InlinePlate}</t></is></c><c r="C4" t="inlineStr"><is><t>普通重型機車</t></is></c><c r="D4" t="inlineStr"><is><t>大安區忠孝東路四段216巷口</t></is></c></row>
            </sheetData></worksheet>
            """),
        ("xl/worksheets/sheet2.xml", $"""
            <worksheet xmlns="{Main}"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>車主</t></is></c><c r="B1" t="inlineStr"><is><t>身分證統一編號</t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>王小明</t></is></c><c r="B2" t="inlineStr"><is><t>{OwnerId}</t></is></c></row>
            </sheetData></worksheet>
            """),
        (SharedStrings, $"""
            <sst xmlns="{Main}" count="8" uniqueCount="8"><si><t>臺北市停車管理工程處　違規車輛移置保管清冊（113年5月19日）</t></si>
            <si><t>序號</t></si><si><t>車牌號碼</t></si><si><t>車種</t></si><si><t>違規地點</t></si>
            <si><t>{SharedPlate}</t></si><si><t>自用小客車</t></si><si><t>信義區松仁路與松壽路口</t></si></sst>
            """));

    [Fact]
    public async Task Whole_register_is_read_without_problems()
    {
        var report = await DamagedPackageScan.ScanAsync(Register.Build(), Name);

        Assert.Empty(report.Problems);
        Assert.Equal(Verdict.Redact, report.Verdict);
        Assert.Contains(report.Findings, f => f.Value == SharedPlate && f.Location.Path == "移置清冊!B3");
        Assert.Contains(report.Findings, f => f.Value == InlinePlate && f.Location.Path == "移置清冊!B4");
    }

    // The reported case: without a package part the register was released with plates in its worksheet.
    [Theory]
    [InlineData("[Content_Types].xml")]
    [InlineData("_rels/.rels")]
    [InlineData("xl/_rels/workbook.xml.rels")]
    [InlineData("xl/workbook.xml")]
    public async Task Register_without_a_structural_part_is_corrupt_and_its_worksheets_are_still_read(string part)
    {
        var report = await DamagedPackageScan.ScanAsync(Register.Without(part).Build(), Name);

        // Read without the workbook, the sheet is named after its part; its header row still gives the plates their context.
        report.AssertCorruptAndFound("vehicle-plate", SharedPlate, $"{Sheet}!B3");
        report.AssertCorruptAndFound("vehicle-plate", InlinePlate, $"{Sheet}!B4");
        report.AssertCorruptAndFound("national-id", OwnerId, "xl/worksheets/sheet2.xml!B2");
        Assert.Contains(report.Problems, p => p.Message.Contains(part, StringComparison.Ordinal) || p.Message.Contains(Sheet, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Register_whose_worksheet_changed_in_transit_is_corrupt_and_its_plates_are_still_found()
    {
        // One bit flipped in the sheet's bytes: the namespace reads ...spreadsheetmd, well-formed XML that
        // the SDK no longer knows as a worksheet; only the entry's CRC-32 tells.
        var package = Register.BuildStored();
        var root = package.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes($"<worksheet xmlns=\"{Main}\"><sheetData>\n<row r=\"1\"><c r=\"A1\" t=\"s\">"));
        Assert.True(root > 0);
        package[root + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetm".Length] ^= 0x08;

        var report = await DamagedPackageScan.ScanAsync(package, Name);

        Assert.Contains(report.Problems, p => p.Code == ProblemCodes.Corrupt && p.Message.Contains(Sheet, StringComparison.Ordinal));
        Assert.Equal(Verdict.Review, report.Verdict);
        Assert.Contains(report.Findings, f => f.Value == SharedPlate);
        Assert.Contains(report.Findings, f => f.Value == InlinePlate);
    }

    [Fact]
    public async Task Missing_workbook_is_named_in_the_problem()
    {
        var report = await DamagedPackageScan.ScanAsync(Register.Without("xl/workbook.xml").Build(), Name);

        Assert.Contains(report.Problems, p => p.Message.Contains($"「{Name}」的套件結構不完整（缺少 xl/workbook.xml）", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cells_of_lost_shared_strings_are_counted_and_inline_text_is_still_read()
    {
        var report = await DamagedPackageScan.ScanAsync(Register.Without(SharedStrings).Build(), Name);

        // The plate of row 4 lost its column header (車牌號碼) with the table; the owner's ID needs none.
        report.AssertCorruptAndFound("national-id", OwnerId, "車主資料!B2");
        // Eight cells pointed into the lost table; their indices are not their text.
        Assert.Contains(report.Problems, p => p.Message.Contains("有 8 個儲存格的文字存放在共用字串表中", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Findings, f => f.Location.Path == "移置清冊!B3");
    }

    [Fact]
    public async Task Truncated_shared_strings_still_give_the_strings_before_the_cut()
    {
        var package = Register.TruncatedBefore(SharedStrings, "<si><t>自用小客車");

        var report = await DamagedPackageScan.ScanAsync(package.Build(), Name);

        report.AssertCorruptAndFound("vehicle-plate", SharedPlate, "移置清冊!B3");
        Assert.Contains(report.Problems, p => p.Message.Contains($"「{SharedStrings}」已損毀", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Message.Contains("有 2 個儲存格的文字存放在共用字串表中", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Worksheet_broken_before_a_row_still_gives_the_rows_after_the_damage()
    {
        var package = Register.BrokenBefore(Sheet, "<row r=\"4\">");

        var report = await DamagedPackageScan.ScanAsync(package.Build(), Name);

        report.AssertCorruptAndFound("vehicle-plate", SharedPlate, $"{Sheet}!B3");
        report.AssertCorruptAndFound("vehicle-plate", InlinePlate, $"{Sheet}!B4");
        Assert.Contains(report.Problems, p => p.Message.Contains($"「{Sheet}」已損毀", StringComparison.Ordinal));
        // Each cell is read once: damage must not double the findings.
        Assert.Single(report.Findings, f => f.Value == SharedPlate);
    }

    [Fact]
    public async Task Damaged_workbook_leaves_every_sheet_to_be_read()
    {
        var package = Register.BrokenBefore("xl/workbook.xml", "<sheet name=\"車主資料\"");

        var report = await DamagedPackageScan.ScanAsync(package.Build(), Name);

        report.AssertCorruptAndFound("vehicle-plate", InlinePlate, $"{Sheet}!B4");
        report.AssertCorruptAndFound("national-id", OwnerId, "xl/worksheets/sheet2.xml!B2");
    }

    [Fact]
    public async Task Worksheet_the_workbook_does_not_list_is_corrupt_and_still_read()
    {
        var package = Register.Change("xl/workbook.xml", xml => xml.Replace("""<sheet name="車主資料" sheetId="2" r:id="rId3"/>""", ""));

        var report = await DamagedPackageScan.ScanAsync(package.Build(), Name);

        report.AssertCorruptAndFound("national-id", OwnerId, "xl/worksheets/sheet2.xml!B2");
        Assert.Contains(report.Problems, p => p.Message.Contains("活頁簿未列出工作表 xl/worksheets/sheet2.xml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sheet_lost_from_a_workbook_leaves_its_shared_strings_to_be_read()
    {
        var package = Register.Without(Sheet);

        var report = await DamagedPackageScan.ScanAsync(package.Build(), Name);

        report.AssertCorruptAndFound("vehicle-plate", SharedPlate, $"{SharedStrings}#5");
    }

    // Office refuses such a file; read as a plain zip, its worksheet XML was scanned as text and released.
    [Fact]
    public async Task Worksheet_without_workbook_or_content_types_is_still_a_workbook()
    {
        var package = Register.Without("[Content_Types].xml").Without("xl/workbook.xml").Without("_rels/.rels");

        var report = await DamagedPackageScan.ScanAsync(package.Build(), Name);

        Assert.Equal("xlsx", report.Document.Format);
        report.AssertCorruptAndFound("vehicle-plate", InlinePlate, $"{Sheet}!B4");
    }
}
