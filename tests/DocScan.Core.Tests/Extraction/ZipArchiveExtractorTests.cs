using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DocScan.Core.Extraction;
using DocScan.Core.Formats;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Extraction;

public class ZipArchiveExtractorTests
{
    private const string Letter = "主旨：檢送申請人王小明（身分證統一編號 F152601819）之資料，請查照。\n";
    private const string Roster = "姓名,身分證統一編號,地址\n陳美玲,H259083019,臺中市西屯區台灣大道三段99號\n";

    [Fact]
    public async Task Every_member_is_scanned_as_a_nested_document()
    {
        var zip = ZipBuilder.Build(
            ("公文/", []),
            ("公文/函稿.txt", Encoding.UTF8.GetBytes(Letter)),
            ("附件/名冊.csv", Encoding.UTF8.GetBytes(Roster)));
        var recorder = new NestedRecorder();

        await recorder.ExtractAsync(zip, "附件.zip");

        Assert.Equal([("公文/函稿.txt", 1, "公文/函稿.txt!/"), ("附件/名冊.csv", 1, "附件/名冊.csv!/")],
            recorder.Calls.Select(c => (c.Name, c.Depth, c.PathPrefix)));
        Assert.Equal(Letter, Encoding.UTF8.GetString(recorder.Calls[0].Content));
        Assert.Equal(Roster, Encoding.UTF8.GetString(recorder.Calls[1].Content));
        Assert.Equal(["公文/函稿.txt", "附件/名冊.csv"],
            recorder.Context.Segments.Where(s => s.Source == SegmentSources.Attachment).Select(s => s.Text));
        Assert.Empty(recorder.Context.Problems);
    }

    [Fact]
    public async Task Member_that_fails_its_checksum_is_corrupt_and_still_scanned()
    {
        // A digit of the stored roster changed in transit: it still reads, but it is not what was sent.
        var zip = ZipBuilder.Build(null, CompressionLevel.NoCompression, ("名冊.csv", Encoding.UTF8.GetBytes(Roster)));
        var at = zip.AsSpan().IndexOf("99號"u8);
        zip[at] = (byte)'8';
        var recorder = new NestedRecorder();

        await recorder.ExtractAsync(zip, "陳情案附件.zip");

        var member = Assert.Single(recorder.Calls);
        Assert.Contains("H259083019", Encoding.UTF8.GetString(member.Content));
        var problem = Assert.Single(recorder.Context.Problems);
        Assert.Equal(ProblemCodes.Corrupt, problem.Code);
        Assert.Contains("「陳情案附件.zip」內「名冊.csv」的資料與其檢查碼（CRC-32）不符", problem.Message);
    }

    // Office cannot open it; the recipient gets a file that looks empty, with a roster inside.
    [Fact]
    public async Task Plain_zip_named_like_a_workbook_is_corrupt_and_its_members_are_scanned()
    {
        var zip = ZipBuilder.BuildText(("名冊.csv", Roster));
        var recorder = new NestedRecorder();

        await recorder.ExtractAsync(zip, "名冊.xlsx");

        Assert.Equal(["名冊.csv"], recorder.Calls.Select(c => c.Name));
        var problem = Assert.Single(recorder.Context.Problems);
        Assert.Equal(ProblemCodes.Corrupt, problem.Code);
        Assert.Contains("「名冊.xlsx」的副檔名是 Office 文件", problem.Message);
    }

    [Fact]
    public async Task Zip_inside_a_zip_is_scanned_one_level_deeper()
    {
        var inner = ZipBuilder.BuildText(("申請書.txt", Letter));
        var outer = ZipBuilder.Build(("內層.zip", inner), ("說明.txt", Encoding.UTF8.GetBytes("說明：詳如附件。")));
        var recorder = new NestedRecorder();

        await recorder.ExtractAsync(outer, "外層.zip");

        Assert.Equal([("內層.zip", 1, "內層.zip!/"), ("申請書.txt", 2, "內層.zip!/申請書.txt!/"), ("說明.txt", 1, "說明.txt!/")],
            recorder.Calls.Select(c => (c.Name, c.Depth, c.PathPrefix)));
        Assert.Contains(recorder.Context.Segments, s => s.Source == SegmentSources.Attachment && s.Path == "內層.zip!/申請書.txt");
    }

    [Fact]
    public async Task Zip_bomb_is_too_large()
    {
        var zeros = new byte[50 * 1024 * 1024];
        var bomb = ZipBuilder.Build(null, CompressionLevel.SmallestSize, ("清冊.txt", zeros));
        Assert.True(bomb.Length < zeros.Length / 500, $"fixture compresses to {bomb.Length} bytes");
        var recorder = new NestedRecorder();

        var problem = await Assert.ThrowsAsync<ScanProblemException>(() => recorder.ExtractAsync(bomb, "炸彈.zip"));

        Assert.Equal(ProblemCodes.TooLarge, problem.Code);
        Assert.Contains("疑似壓縮炸彈", problem.Message);
        Assert.Empty(recorder.Calls);
    }

    [Fact]
    public async Task Expanded_bytes_of_all_members_share_one_budget()
    {
        var random = new Random(7);
        byte[] Incompressible(int length)
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            return bytes;
        }

        var zip = ZipBuilder.Build(("一.bin", Incompressible(600_000)), ("二.bin", Incompressible(600_000)));
        var recorder = new NestedRecorder(ScanLimits.Default with { MaxExpandedBytes = 1_000_000 });

        var problem = await Assert.ThrowsAsync<ScanProblemException>(() => recorder.ExtractAsync(zip, "附件.zip"));

        Assert.Equal(ProblemCodes.TooLarge, problem.Code);
        Assert.Equal(["一.bin"], recorder.Calls.Select(c => c.Name));
    }

    [Fact]
    public async Task Member_declared_larger_than_a_document_is_skipped_and_the_rest_scanned()
    {
        var zip = ZipBuilder.Build(("大檔.txt", new byte[5000]), ("函稿.txt", Encoding.UTF8.GetBytes(Letter)));
        var recorder = new NestedRecorder(ScanLimits.Default with { MaxDocumentBytes = 4000 });

        await recorder.ExtractAsync(zip, "附件.zip");

        Assert.Equal(["函稿.txt"], recorder.Calls.Select(c => c.Name));
        var problem = Assert.Single(recorder.Context.Problems);
        Assert.Equal(ProblemCodes.TooLarge, problem.Code);
        Assert.Contains("「附件.zip」內「大檔.txt」", problem.Message);
    }

    [Fact]
    public async Task A_member_of_a_member_is_named_in_a_problem_by_its_place_once()
    {
        // A database export saved as .txt, zipped and zipped again: its problems name it as a finding's place would.
        var export = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        var outer = ZipBuilder.Build(("內層.zip", ZipBuilder.Build(("名冊/說明.txt", export))));

        var report = await new DocumentScanner().ReportAsync(outer, "外層.zip");

        Assert.NotEmpty(report.Problems);
        Assert.All(report.Problems, p => Assert.StartsWith("「附件「內層.zip」內「名冊/說明.txt」」", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Encrypted_member_is_a_problem_and_the_others_are_scanned()
    {
        var zip = ZipBuilder.Build(("機密/F152601819.txt", Encoding.UTF8.GetBytes(Letter)), ("函稿.txt", Encoding.UTF8.GetBytes(Letter)));
        SetEncryptedFlag(zip, "機密/F152601819.txt");
        var recorder = new NestedRecorder();

        await recorder.ExtractAsync(zip, "附件.zip");

        Assert.Equal(["函稿.txt"], recorder.Calls.Select(c => c.Name));
        var problem = Assert.Single(recorder.Context.Problems);
        Assert.Equal(ProblemCodes.Encrypted, problem.Code);
        Assert.Contains("「附件.zip」內「機密/F152601819.txt」", problem.Message);
        // The name is stored in the clear and carries an ID of its own.
        Assert.Contains(recorder.Context.Segments, s => s.Source == SegmentSources.Attachment && s.Text == "機密/F152601819.txt");
    }

    [Fact]
    public async Task Damaged_member_data_is_a_problem_and_the_others_are_scanned()
    {
        var text = string.Concat(Enumerable.Repeat(Letter, 200));
        var zip = ZipBuilder.Build(("壞檔.txt", Encoding.UTF8.GetBytes(text)), ("函稿.txt", Encoding.UTF8.GetBytes(Letter)));
        var dataStart = LocalDataOffset(zip, 0);
        for (var i = dataStart + 10; i < dataStart + 40; i++)
        {
            zip[i] ^= 0x5A;
        }

        var recorder = new NestedRecorder();

        await recorder.ExtractAsync(zip, "附件.zip");

        Assert.Equal(["函稿.txt"], recorder.Calls.Select(c => c.Name));
        Assert.Equal(ProblemCodes.Corrupt, Assert.Single(recorder.Context.Problems).Code);
    }

    [Fact]
    public async Task Truncated_zip_is_corrupt()
    {
        var zip = ZipBuilder.BuildText(("函稿.txt", Letter), ("名冊.csv", Roster));

        var problem = await Assert.ThrowsAsync<ScanProblemException>(
            () => new NestedRecorder().ExtractAsync(zip[..(zip.Length - 30)], "附件.zip"));

        Assert.Equal(ProblemCodes.Corrupt, problem.Code);
    }

    [Fact]
    public async Task Bad_central_directory_is_corrupt()
    {
        var zip = ZipBuilder.BuildText(("函稿.txt", Letter), ("名冊.csv", Roster));
        var centralDirectory = zip.AsSpan().IndexOf("PK\x01\x02"u8);
        zip[centralDirectory + 3] = 0x09;

        var problem = await Assert.ThrowsAsync<ScanProblemException>(() => new NestedRecorder().ExtractAsync(zip, "附件.zip"));

        Assert.Equal(ProblemCodes.Corrupt, problem.Code);
    }

    [Fact]
    public async Task Archives_with_too_many_entries_are_refused_before_any_is_read()
    {
        var zip = ZipBuilder.Build(Enumerable.Range(1, 5).Select(i => ($"附件{i}.txt", Encoding.UTF8.GetBytes(Letter))).ToArray());
        var recorder = new NestedRecorder(ScanLimits.Default with { MaxEntries = 3 });

        var problem = await Assert.ThrowsAsync<ScanProblemException>(() => recorder.ExtractAsync(zip, "附件.zip"));

        Assert.Equal(ProblemCodes.TooLarge, problem.Code);
        Assert.Empty(recorder.Calls);
    }

    [Fact]
    public async Task Big5_member_names_from_the_windows_shell_are_read()
    {
        var big5 = CodePagesEncodingProvider.Instance.GetEncoding(950)!;
        var zip = ZipBuilder.Build(big5, CompressionLevel.Optimal, ("個資清冊.txt", Encoding.UTF8.GetBytes(Roster)));
        var recorder = new NestedRecorder();

        await recorder.ExtractAsync(zip, "附件.zip");

        Assert.Equal(["個資清冊.txt"], recorder.Calls.Select(c => c.Name));
    }

    [Fact]
    public async Task Dispatcher_scans_text_members_of_nested_zips()
    {
        var inner = ZipBuilder.BuildText(("申請書.txt", Letter));
        var outer = ZipBuilder.Build(("內層.zip", inner));

        var result = await DocumentExtractor.CreateDefault().ExtractAsync(outer, "附件.zip", ScanLimits.Default, CancellationToken.None);

        Assert.Equal(FileFormat.Zip, result.Sniff.Format);
        Assert.Empty(result.Problems);
        Assert.Contains(new TextSegment(Letter.TrimEnd('\n'), SegmentSources.Body, "內層.zip!/申請書.txt!/L1"), result.Segments);
    }

    private static void SetEncryptedFlag(byte[] zip, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var central = zip.AsSpan().IndexOf("PK\x01\x02"u8); central >= 0;
             central = zip.AsSpan(central + 1).IndexOf("PK\x01\x02"u8) is var next and >= 0 ? central + 1 + next : -1)
        {
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(central + 28));
            if (zip.AsSpan(central + 46, nameLength).SequenceEqual(nameBytes))
            {
                zip[central + 8] |= 1;
                var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(central + 42));
                zip[local + 6] |= 1;
                return;
            }
        }

        throw new InvalidOperationException($"No central directory entry for {name}.");
    }

    private static int LocalDataOffset(byte[] zip, int localHeader) =>
        localHeader + 30
        + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(localHeader + 26))
        + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(localHeader + 28));

    /// <summary>A context whose nested callback records every member and opens nested zips itself.</summary>
    private sealed class NestedRecorder
    {
        public NestedRecorder(ScanLimits? limits = null)
        {
            Context = new ExtractionContext(limits ?? ScanLimits.Default, async (child, content, name, ct) =>
            {
                Calls.Add(new NestedCall(name, child.Depth, child.PathPrefix, content.ToArray()));
                if (name.EndsWith(".zip", StringComparison.Ordinal))
                {
                    await Extract(child, content, name, ct);
                }
            });
        }

        public ExtractionContext Context { get; }

        public List<NestedCall> Calls { get; } = [];

        public Task ExtractAsync(byte[] zip, string name) => Extract(Context, zip, name, CancellationToken.None);

        private static Task Extract(ExtractionContext context, ReadOnlyMemory<byte> zip, string name, CancellationToken ct) =>
            new ZipArchiveExtractor().ExtractAsync(new ExtractionInput(zip, name, new SniffResult(FileFormat.Zip)), context, ct);
    }

    private sealed record NestedCall(string Name, int Depth, string PathPrefix, byte[] Content);
}
