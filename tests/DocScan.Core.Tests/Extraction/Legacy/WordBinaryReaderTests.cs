using System.Buffers.Binary;
using DocScan.Core.Extraction;
using DocScan.Core.Extraction.Legacy;

namespace DocScan.Core.Tests.Extraction.Legacy;

/// <summary>
/// The .doc reader on files LibreOffice wrote: 住戶訪查紀錄.doc is Fixtures/legacy/住戶訪查紀錄.fodt
/// converted (a header, a footer with a page field, a footnote, a comment, a mailto: link, hidden text).
/// </summary>
public class WordBinaryReaderTests
{
    private const string Visit = "住戶訪查紀錄.doc";

    [Fact]
    public async Task Header_and_footer_are_read_as_such()
    {
        var result = await ExtractAsync(Visit);

        var header = Assert.Single(result.Segments, s => s.Source == SegmentSources.Header);
        Assert.Equal("頁首：個案承辦 吳佩珊 身分證 A223456781", header.Text);
        Assert.Contains(result.Segments, s => s.Source == SegmentSources.Footer && s.Text.StartsWith("第", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Footnote_text_is_a_footnote_and_leaves_the_body_sentence_whole()
    {
        var result = await ExtractAsync(Visit);

        Assert.Contains(result.Segments, s => s.Source == SegmentSources.Footnote && s.Text.Trim() == "註：受訪人配偶蔡文雄，身分證統一編號B120000003。");
        Assert.Contains(result.Segments, s => s.Source == SegmentSources.Body && s.Text == "受訪人：林美玲，現住臺中市西屯區福星路100號。");
    }

    [Fact]
    public async Task Comment_is_hidden()
    {
        var result = await ExtractAsync(Visit);

        var comment = Assert.Single(result.Segments, s => s.Source == SegmentSources.Comment);
        Assert.Equal("請確認受訪人電話0912345678是否正確", comment.Text);
        Assert.True(comment.Hidden);
    }

    [Fact]
    public async Task Hidden_text_is_marked_hidden()
    {
        var result = await ExtractAsync(Visit);

        var hidden = Assert.Single(result.Segments, s => s.Text == "內部註記：前科紀錄待查");
        Assert.Equal(SegmentSources.HiddenText, hidden.Source);
        Assert.True(hidden.Hidden);
        Assert.Contains(result.Segments, s => s.Source == SegmentSources.Body && s.Text == "備註：");
    }

    [Fact]
    public async Task Tracked_deletion_is_hidden()
    {
        var result = await ExtractAsync("職務報告-中正一分局.doc");

        var deleted = Assert.Single(result.Segments, s => s.Source == SegmentSources.TrackedDeletion);
        Assert.Equal("張志明（F152601819）", deleted.Text);
        Assert.True(deleted.Hidden);
    }

    [Fact]
    public async Task Field_codes_leave_only_their_results()
    {
        var result = await ExtractAsync(Visit);

        // The page number, the date and the link are fields: their instructions (PAGE, DATE \@ …, HYPERLINK …) are not text anyone sees.
        var visible = result.Segments.Where(s => !s.Hidden).ToList();
        Assert.DoesNotContain(visible, s => s.Text.Contains("PAGE", StringComparison.Ordinal) || s.Text.Contains("DATE", StringComparison.Ordinal) || s.Text.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Contains(visible, s => s.Source == SegmentSources.Body && s.Text == "聯絡：寄信給家屬");
        Assert.Contains(result.Segments, s => s.Source == SegmentSources.Footer && s.Text == "第1頁");
        // LibreOffice wrote the date as a DATE field, whose result is the date of conversion.
        Assert.Contains(result.Segments, s => s.Source == SegmentSources.Body && System.Text.RegularExpressions.Regex.IsMatch(s.Text, @"^訪查日期：\d+年\d+月\d+日$"));
        Assert.DoesNotContain(result.Segments, s => s.Text.Any(c => c < ' ' && c is not '\t' and not '\n'));
    }

    [Fact]
    public async Task Link_target_in_a_field_instruction_is_hidden_text()
    {
        var result = await ExtractAsync(Visit);

        var link = Assert.Single(result.Segments, s => s.Text.Contains("mailto:tsai.wh@example.com", StringComparison.Ordinal));
        Assert.Equal(SegmentSources.HiddenText, link.Source);
        Assert.True(link.Hidden);
    }

    [Fact]
    public async Task Comment_author_is_hidden_metadata()
    {
        var result = await ExtractAsync(Visit);

        var author = Assert.Single(result.Segments, s => s.Path == "WordDocument#comment-authors");
        Assert.Equal("審核人", author.Text);
        Assert.Equal(SegmentSources.Metadata, author.Source);
        Assert.True(author.Hidden);
    }

    [Fact]
    public async Task Document_properties_are_hidden_metadata()
    {
        var result = await ExtractAsync(Visit);

        Assert.Contains(result.Segments, s => s.Source == SegmentSources.Metadata && s.Hidden && s.Text == "住戶訪查紀錄");
        Assert.Contains(result.Segments, s => s.Source == SegmentSources.Metadata && s.Hidden && s.Text == "社會局 黃雅婷");
    }

    [Fact]
    public async Task Chinese_text_in_a_utf16_piece_is_read_exactly()
    {
        // Word 97 and later (and LibreOffice) store text outside Windows-1252 in UTF-16 pieces; Big5 appears only in Word 6.0/95 files.
        var file = LegacyFile.Open(LegacyFixtures.Bytes("道路拓寬用地所有權人清冊.doc"));
        var fib = Fib.Read(file.Read("WordDocument")!);
        var pieces = PieceTable.Read(fib.Clx.In(file.Read(fib.UsesTable1 ? "1Table" : "0Table")!, "CLX")).Pieces;
        Assert.Contains(pieces, p => !p.Compressed);

        var result = await ExtractAsync("道路拓寬用地所有權人清冊.doc");

        Assert.Empty(result.Problems);
        Assert.Contains(result.Segments, s => s.Text == "新竹縣竹北市公所　函");
        var owner = Assert.Single(result.Segments, s => s.Text == "林黃秀英");
        Assert.Equal(new CellPosition("WordDocument#body#table1", 2, 4), owner.Cell);
        Assert.Equal(SegmentSources.Table, owner.Source);
    }

    [Fact]
    public async Task Encrypted_doc_is_an_encrypted_problem()
    {
        var bytes = LegacyFixtures.Bytes(Visit);
        SetFibFlag(bytes, 0x0100); // fEncrypted

        var result = await LegacyFixtures.ExtractAsync(bytes, Visit);

        Assert.Equal(ProblemCodes.Encrypted, Assert.Single(result.Problems).Code);
        Assert.DoesNotContain(result.Segments, s => s.Source == SegmentSources.Body);
    }

    [Fact]
    public async Task Damaged_piece_table_is_corrupt_and_names_the_part()
    {
        var bytes = LegacyFixtures.Bytes(Visit);
        var file = LegacyFile.Open(bytes);
        var wordDocument = file.Read("WordDocument")!;
        var fib = Fib.Read(wordDocument);
        var table = file.Top(fib.UsesTable1 ? "1Table" : "0Table")!;
        // The CLX's Pcdt marker becomes something no piece table starts with.
        var clxStart = FindStream(bytes, file.Read(table.Name)!) + (int)fib.Clx.Fc;
        bytes[clxStart] = 0x7F;

        var result = await LegacyFixtures.ExtractAsync(bytes, Visit);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.Corrupt, problem.Code);
        Assert.Contains("片段表", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Word_95_file_is_unsupported_not_misread()
    {
        var bytes = LegacyFixtures.Bytes(Visit);
        var at = FindStream(bytes, LegacyFile.Open(bytes).Read("WordDocument")!);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at + 2), 0x0068); // nFib of Word 95

        var result = await LegacyFixtures.ExtractAsync(bytes, Visit);

        Assert.Equal(ProblemCodes.Unsupported, Assert.Single(result.Problems).Code);
        Assert.DoesNotContain(result.Segments, s => s.Source == SegmentSources.Body);
    }

    [Fact]
    public void Eight_bit_pieces_are_windows_1252()
    {
        // One compressed piece (fc with bit 30 set, byte offset fc/2) holding "Caf\xE9 \x93A\x94".
        byte[] stream = [0, 0, 0, 0, (byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0x93, (byte)'A', 0x94];
        var clx = new byte[5 + 8 + 8];
        clx[0] = 0x02;
        BinaryPrimitives.WriteInt32LittleEndian(clx.AsSpan(1), 16);
        BinaryPrimitives.WriteInt32LittleEndian(clx.AsSpan(9), 8);
        BinaryPrimitives.WriteUInt32LittleEndian(clx.AsSpan(15), 0x4000_0000 | (4 * 2));

        var (text, offsets) = PieceTable.Read(clx).ReadText(stream, 8, System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!);

        Assert.Equal("Café “A”", text);
        Assert.Equal(4, offsets[0]);
    }

    private static Task<ExtractionResult> ExtractAsync(string name) => LegacyFixtures.ExtractAsync(LegacyFixtures.Bytes(name), name);

    private static void SetFibFlag(byte[] file, ushort flag)
    {
        var wordDocument = LegacyFile.Open(file).Read("WordDocument")!;
        var at = FindStream(file, wordDocument);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(at + 0x0A), (ushort)(BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(at + 0x0A)) | flag));
    }

    // The streams these tests touch start a sector and their first 512 bytes lie in it, so the stream's head locates it in the file.
    private static int FindStream(byte[] file, byte[] stream)
    {
        var at = file.AsSpan().IndexOf(stream.AsSpan(0, Math.Min(512, stream.Length)));
        Assert.True(at > 0);
        return at;
    }
}
