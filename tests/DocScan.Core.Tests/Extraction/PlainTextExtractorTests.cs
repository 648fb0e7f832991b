using System.Text;
using DocScan.Core.Extraction;
using DocScan.Core.Formats;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Extraction;

public class PlainTextExtractorTests
{
    private static readonly Encoding Big5 = CodePagesEncodingProvider.Instance.GetEncoding(950)!;

    [Fact]
    public async Task Each_line_is_a_body_segment_numbered_from_one()
    {
        var text = "受文者：臺中市政府\n\n主旨：申請人陳美玲（H259083019）申請補助。\r\n說明：地址臺中市西屯區台灣大道三段99號。\r\n";

        var segments = await ExtractAsync(Encoding.UTF8.GetBytes(text), Encoding.UTF8);

        Assert.Equal(
        [
            new TextSegment("受文者：臺中市政府", SegmentSources.Body, "L1"),
            new TextSegment("主旨：申請人陳美玲（H259083019）申請補助。", SegmentSources.Body, "L3"),
            new TextSegment("說明：地址臺中市西屯區台灣大道三段99號。", SegmentSources.Body, "L4"),
        ], segments);
    }

    [Fact]
    public async Task Carriage_returns_alone_end_lines_too()
    {
        var segments = await ExtractAsync(Encoding.ASCII.GetBytes("A166131861\rE209139090\r\rT196030828"), Encoding.UTF8);

        Assert.Equal(["L1", "L2", "L4"], segments.Select(s => s.Path));
        Assert.Equal("T196030828", segments[2].Text);
    }

    [Fact]
    public async Task Crlf_split_across_reads_ends_one_line()
    {
        // The splitter reads 16K characters at a time: the CR is the last of the first read.
        var first = new string('甲', 16 * 1024 - 1);
        var segments = await ExtractAsync(Encoding.UTF8.GetBytes(first + "\r\nR246281946\r\n"), Encoding.UTF8);

        Assert.Equal(["L1", "L2"], segments.Select(s => s.Path));
        Assert.Equal(first, segments[0].Text);
        Assert.Equal("R246281946", segments[1].Text);
    }

    [Theory]
    [InlineData(65001)]
    [InlineData(1200)]
    [InlineData(1201)]
    public async Task Byte_order_mark_is_not_text(int codePage)
    {
        var encoding = Encoding.GetEncoding(codePage);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("姓名：林志明\n身分證統一編號：K182199353\n")).ToArray();

        var segments = await ExtractAsync(bytes, encoding);

        Assert.Equal(["姓名：林志明", "身分證統一編號：K182199353"], segments.Select(s => s.Text));
    }

    [Fact]
    public async Task Big5_text_is_decoded()
    {
        var bytes = Big5.GetBytes("主旨：請更正申請人身分證統一編號為B218190937。\r\n");

        var segments = await ExtractAsync(bytes, FormatSniffer.Sniff(bytes).TextEncoding!);

        Assert.Equal("主旨：請更正申請人身分證統一編號為B218190937。", Assert.Single(segments).Text);
    }

    [Fact]
    public async Task Line_longer_than_the_limit_is_split_at_white_space_with_offsets()
    {
        var words = string.Concat(Enumerable.Repeat("資料 ", 400_000));
        var line = words + "申請人F152601819 " + words;

        var segments = await ExtractAsync(Encoding.UTF8.GetBytes(line + "\n第二行"), Encoding.UTF8);

        var pieces = segments.Where(s => s.Path.StartsWith("L1", StringComparison.Ordinal)).ToList();
        Assert.True(pieces.Count >= 3);
        Assert.All(pieces, p => Assert.True(p.Text.Length <= PlainTextExtractor.MaxPieceChars));
        Assert.Equal(line, string.Concat(pieces.Select(p => p.Text)));
        Assert.All(pieces[..^1], p => Assert.EndsWith(" ", p.Text));
        var offset = 0;
        foreach (var piece in pieces)
        {
            Assert.Equal(offset == 0 ? "L1" : $"L1+{offset}", piece.Path);
            offset += piece.Text.Length;
        }

        Assert.Contains(pieces, p => p.Text.Contains("申請人F152601819"));
        Assert.Equal(new TextSegment("第二行", SegmentSources.Body, "L2"), segments[^1]);
    }

    [Fact]
    public async Task Line_without_white_space_is_cut_at_the_limit_but_not_inside_a_surrogate_pair()
    {
        // U+20000 (𠀀) takes two chars; put one across the limit.
        var line = new string('甲', PlainTextExtractor.MaxPieceChars - 1) + "\U00020000" + new string('乙', 10);

        var segments = await ExtractAsync(Encoding.UTF8.GetBytes(line), Encoding.UTF8);

        Assert.Equal(2, segments.Count);
        Assert.Equal(PlainTextExtractor.MaxPieceChars - 1, segments[0].Text.Length);
        Assert.Equal($"L1+{PlainTextExtractor.MaxPieceChars - 1}", segments[1].Path);
        Assert.StartsWith("\U00020000", segments[1].Text);
    }

    [Fact]
    public async Task Empty_text_yields_nothing()
    {
        Assert.Empty(await ExtractAsync([], Encoding.UTF8));
    }

    [Fact]
    public async Task Cancellation_stops_a_long_text()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("第一行\n", 5000)));
        var context = new ExtractionContext(ScanLimits.Default, (ctx, b, n, ct) => Task.CompletedTask);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new PlainTextExtractor().ExtractAsync(
            new ExtractionInput(bytes, "長文.txt", new SniffResult(FileFormat.Text, Encoding.UTF8)),
            context, new CancellationToken(canceled: true)));
    }

    private static async Task<List<TextSegment>> ExtractAsync(byte[] bytes, Encoding encoding)
    {
        var context = new ExtractionContext(ScanLimits.Default, (ctx, b, n, ct) => Task.CompletedTask);
        await new PlainTextExtractor().ExtractAsync(
            new ExtractionInput(bytes, "公文.txt", new SniffResult(FileFormat.Text, encoding)), context, CancellationToken.None);
        Assert.Empty(context.Problems);
        return context.Segments;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Utf16_roster_that_lost_step_is_corrupt_and_its_rest_is_still_read(int insertedBytes)
    {
        // A byte or three slipped into the exported roster after its header row: in UTF-16 every later
        // character is then read half a code unit off, and shows as unrelated CJK characters.
        var original = await File.ReadAllBytesAsync(RepositoryRoot.Combine("sample-docs", "外籍移工名冊.csv"));
        var damaged = original[..71].Concat(Enumerable.Repeat((byte)0x2C, insertedBytes)).Concat(original[71..]).ToArray();
        var scanner = new DocumentScanner();

        var before = await scanner.ReportAsync(original, "外籍移工名冊.csv");
        var after = await scanner.ReportAsync(damaged, "外籍移工名冊.csv");

        var problem = Assert.Single(after.Problems);
        Assert.Equal(ProblemCodes.Corrupt, problem.Code);
        Assert.Contains("錯位", problem.Message);
        Assert.Empty(before.Problems);
        Assert.Equal(
            before.Findings.Where(f => f.Type == "resident-id").Select(f => f.Masked).Order(),
            after.Findings.Where(f => f.Type == "resident-id").Select(f => f.Masked).Order());
    }

    [Fact]
    public async Task Utf8_letter_with_a_damaged_byte_is_corrupt_and_its_chinese_is_still_read()
    {
        var letter = "受文者：陳美玲君\n主旨：有關臺端申請中低收入戶資格一案，復如說明，請查照。\n說明：一、申請人陳美玲（身分證統一編號 H259083019）。\n二、地址：臺中市西屯區台灣大道三段99號。\n";
        var bytes = Encoding.UTF8.GetBytes(letter);
        bytes[4] = 0xFF;

        var report = await new DocumentScanner().ReportAsync(bytes, "通知.txt");

        Assert.Equal(ProblemCodes.Corrupt, Assert.Single(report.Problems).Code);
        Assert.Contains(report.Findings, f => f.Type == "address");
        Assert.Contains(report.Findings, f => f.Type == "national-id");
    }
}
