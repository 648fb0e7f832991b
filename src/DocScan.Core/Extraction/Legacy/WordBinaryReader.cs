using System.Buffers.Binary;
using System.Text;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// Reads a Word 97–2003 .doc: the FIB, the piece table and the character stream it describes,
/// split into its stories (body, footnotes, headers and footers, comments, endnotes, text boxes),
/// with tracked deletions and hidden text marked hidden from the character formatting.
/// </summary>
internal static class WordBinaryReader
{
    private const string StreamPath = "WordDocument";

    // Windows-1252 is what [MS-DOC] 2.4.1 prescribes for 8-bit pieces; Word stores any text outside it (Chinese) as UTF-16 pieces.
    private static readonly Encoding CompressedText = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Code page 1252 is not available.");

    public static void Read(LegacyFile file, ExtractionContext context, CancellationToken cancellationToken)
    {
        var wordDocument = file.Read(StreamPath)!;
        if (Fib.IsBeforeWord97(wordDocument))
        {
            // Word 6.0/95 files have another FIB and keep Chinese text in the system code page (Big5), not UTF-16 pieces.
            throw new ScanProblemException(ProblemCodes.Unsupported, "這是 Word 6.0/95 文件，內容無法檢查；請另存為 .docx 後重新送掃。");
        }

        var fib = Parse(() => Fib.Read(wordDocument), "檔案資訊區塊（FIB）");
        if (fib.Encrypted)
        {
            throw new ScanProblemException(ProblemCodes.Encrypted, "這是以密碼加密的 Word 文件，無法檢查內容；請解除密碼後重新送掃。");
        }

        var table = file.Read(fib.UsesTable1 ? "1Table" : "0Table")!;
        var pieces = Parse(() => PieceTable.Read(fib.Clx.In(table, "片段表（CLX）")), "片段表（CLX）");
        var total = fib.StoryLengths.Sum(l => (long)l);
        if (total > wordDocument.Length)
        {
            throw new ScanProblemException(ProblemCodes.Corrupt, $"FIB 宣告的文字長度（{total:N0} 字元）超過 WordDocument 資料流，檔案可能已損毀。");
        }

        var (text, offsets) = Parse(() => pieces.ReadText(wordDocument, (int)total, CompressedText), "文字片段");
        cancellationToken.ThrowIfCancellationRequested();

        var styles = ReadStyles(fib, table, context);
        var characters = Formatting(() => CharacterRuns.Read(fib.CharacterFormatting.In(table, "字元格式表"), wordDocument, styles), context,
            "字元格式（刪除的修訂、隱藏文字）無法讀取，這些文字已當作一般文字檢查，但未標示為隱藏內容");
        var data = file.Read("Data", optional: true);
        var paragraphs = Formatting(() => ParagraphRuns.Read(fib.ParagraphFormatting.In(table, "段落格式表"), wordDocument, data, styles), context,
            "段落格式（表格儲存格）無法讀取，表格文字已逐段檢查，但未對應到欄位標題");
        var stories = new WordStoryText(characters, paragraphs);

        var start = 0;
        for (var i = 0; i < Fib.StoryOrder.Length; i++)
        {
            var story = Fib.StoryOrder[i];
            var length = fib.StoryLengths[i];
            foreach (var (from, to, place) in Places(story, start, length, fib, table, context))
            {
                foreach (var segment in stories.Read(text.AsSpan(from, to - from), offsets.AsSpan(from, to - from), place))
                {
                    context.Add(segment);
                }
            }

            start += length;
        }

        ReadCommentAuthors(fib, table, context);
    }

    private static WordStyles ReadStyles(Fib fib, byte[] table, ExtractionContext context)
    {
        try
        {
            return WordStyles.Read(fib.Stylesheet.In(table, "樣式表"));
        }
        catch (InvalidDataException ex)
        {
            context.AddProblem(ProblemCodes.Corrupt, $"Word 文件的樣式表無法讀取（{ex.Message}），以樣式隱藏的文字已當作一般文字檢查，但未標示為隱藏內容。");
            return WordStyles.None;
        }
    }

    // GrpXstAtnOwners ([MS-DOC] 2.9.119): the names comments are signed with, each an Xst (a 2-byte count, UTF-16 characters).
    private static void ReadCommentAuthors(Fib fib, byte[] table, ExtractionContext context)
    {
        ReadOnlySpan<byte> owners;
        try
        {
            owners = fib.CommentAuthors.In(table, "註解作者表");
        }
        catch (InvalidDataException)
        {
            context.AddProblem(ProblemCodes.Corrupt, "Word 文件的註解作者表超出表格資料流範圍，註解作者未能檢查。");
            return;
        }

        var position = 0;
        while (position + 2 <= owners.Length)
        {
            var count = BinaryPrimitives.ReadUInt16LittleEndian(owners[position..]);
            var end = Math.Min(position + 2 + 2 * count, owners.Length & ~1);
            context.Add(Encoding.Unicode.GetString(owners[(position + 2)..end]), SegmentSources.Metadata, $"{StreamPath}#comment-authors", hidden: true);
            position = end;
        }
    }

    /// <summary>Where each part of a story goes; the header story is cut into its headers and footers.</summary>
    private static IEnumerable<(int From, int To, WordPlace Place)> Places(
        WordStory story, int start, int length, Fib fib, byte[] table, ExtractionContext context)
    {
        if (length == 0)
        {
            return [];
        }

        var place = story switch
        {
            WordStory.Main => new WordPlace(SegmentSources.Body, $"{StreamPath}#body", false),
            WordStory.Footnotes => new WordPlace(SegmentSources.Footnote, $"{StreamPath}#footnotes", false),
            WordStory.Headers => new WordPlace(SegmentSources.Header, $"{StreamPath}#headers", false),
            WordStory.Comments => new WordPlace(SegmentSources.Comment, $"{StreamPath}#comments", true),
            WordStory.Endnotes => new WordPlace(SegmentSources.Endnote, $"{StreamPath}#endnotes", false),
            WordStory.TextBoxes or WordStory.HeaderTextBoxes => new WordPlace(SegmentSources.TextBox, $"{StreamPath}#textboxes", false),
            // Macro text is a reserved story Word 97 and later leave empty; kept hidden should a file carry one.
            _ => new WordPlace(SegmentSources.HiddenText, $"{StreamPath}#macro", true),
        };
        if (story != WordStory.Headers)
        {
            return [(start, start + length, place)];
        }

        try
        {
            return HeaderParts(fib.HeaderStories.In(table, "頁首頁尾對照表"), start, length);
        }
        catch (InvalidDataException)
        {
            context.AddProblem(ProblemCodes.Corrupt, "頁首頁尾對照表（PlcfHdd）無法讀取，頁首與頁尾的文字已一併檢查，但未區分頁首或頁尾。");
            return [(start, start + length, place)];
        }
    }

    // PlcfHdd ([MS-DOC] 2.9.181): 6 separator stories, then per section even/odd header, even/odd footer, first header, first footer.
    private static List<(int, int, WordPlace)> HeaderParts(ReadOnlySpan<byte> plcfHdd, int start, int length)
    {
        var parts = new List<(int, int, WordPlace)>();
        var count = plcfHdd.Length / 4;
        if (count < 2)
        {
            throw new InvalidDataException("PlcfHdd is empty while the header story is not");
        }

        for (var i = 0; i + 1 < count; i++)
        {
            var from = BinaryPrimitives.ReadInt32LittleEndian(plcfHdd[(4 * i)..]);
            var to = Math.Min(BinaryPrimitives.ReadInt32LittleEndian(plcfHdd[(4 * i + 4)..]), length);
            if (from < 0 || to <= from)
            {
                continue;
            }

            var kind = i < 6 ? -1 : (i - 6) % 6;
            var place = kind switch
            {
                -1 => new WordPlace(SegmentSources.Footnote, $"{StreamPath}#separators", false),
                2 or 3 or 5 => new WordPlace(SegmentSources.Footer, $"{StreamPath}#footer{(i - 6) / 6 + 1}", false),
                _ => new WordPlace(SegmentSources.Header, $"{StreamPath}#header{(i - 6) / 6 + 1}", false),
            };
            parts.Add((start + from, start + to, place));
        }

        return parts;
    }

    private static T Parse<T>(Func<T> read, string part)
    {
        try
        {
            return read();
        }
        catch (InvalidDataException ex)
        {
            throw new ScanProblemException(ProblemCodes.Corrupt, $"Word 文件的{part}無法讀取（{ex.Message}），內文未能檢查。");
        }
    }

    private static FormattedPages<T> Formatting<T>(Func<FormattedPages<T>> read, ExtractionContext context, string consequence)
        where T : struct
    {
        try
        {
            return read();
        }
        catch (InvalidDataException ex)
        {
            context.AddProblem(ProblemCodes.Corrupt, $"Word 文件的{consequence}（{ex.Message}）。");
            return FormattedPages<T>.Empty;
        }
    }
}
