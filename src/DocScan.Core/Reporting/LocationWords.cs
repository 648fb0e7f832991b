using System.Text.RegularExpressions;
using DocScan.Core.Extraction;

namespace DocScan.Core.Reporting;

/// <summary>
/// Where a finding is, as a records clerk says it: 第 3 頁, 第 2 個表格第 4 列第 1 欄, 工作表「名冊」C5,
/// 第 2 張投影片備忘稿, 郵件標頭「密件副本」, 公文「說明」第一點, 附件「附件.zip」內「申請書.docx」的內文. Read from the report's
/// location alone, so reports stored before these words read the same way. The reviewer page says the
/// same in wwwroot/location.js; a test keeps the two in step.
/// </summary>
public static partial class LocationWords
{
    /// <summary>Separates the containers of a nested document's path (<c>附件.zip!/申請書.docx!/word/document.xml</c>).</summary>
    private const string ChainSeparator = "!/";

    public static string Of(FindingLocation location)
    {
        var chain = location.Path.Split(ChainSeparator);
        if (location.Source == SegmentSources.Attachment)
        {
            // The path ends with the attachment itself: what was found is its name.
            return Within(chain, Labels.OfSource(SegmentSources.FileName));
        }

        if (location.Source == SegmentSources.Image && chain.Length > 1 && PartOfDocument(chain[^2]) is not null)
        {
            // A picture of the document read by OCR: its words already say 圖片; only a TIFF's later page is added.
            var page = chain[^1].Contains('#') ? $"第 {location.Page} 頁" : null;
            return Join(Within(chain[..^1], page) + "（OCR）", TableCell(location.Cell));
        }

        return Within(chain[..^1], Place(location.Source, chain[^1], location.Page, location.Cell));
    }

    /// <summary>A document inside the one scanned, by its path (<c>a.zip!/b.docx</c>): 附件「a.zip」內「b.docx」, as in a finding's place.</summary>
    public static string OfDocument(string path) => Within(path.Split(ChainSeparator), null);

    /// <summary>A part of an Office or ODF package as a clerk knows it (內文, 頁首, 第 2 張工作表), for a problem that names a damaged part.</summary>
    public static string OfPart(string part) => PartNumber().Match(part) is { Success: true } numbered
        ? numbered.Groups["kind"].Value switch
        {
            "sheet" => $"第 {numbered.Groups["n"].Value} 張工作表",
            "slide" => $"第 {numbered.Groups["n"].Value} 張投影片",
            "notesSlide" => $"第 {numbered.Groups["n"].Value} 張投影片備忘稿",
            "header" => "頁首",
            "footer" => "頁尾",
            _ => "圖表",
        }
        : part switch
        {
            "word/document.xml" or "content.xml" => "內文",
            "styles.xml" or "word/styles.xml" => "樣式與頁首頁尾",
            "meta.xml" or "docProps/core.xml" or "docProps/app.xml" or "docProps/custom.xml" => "文件屬性",
            "word/comments.xml" => "註解",
            "word/footnotes.xml" => "註腳",
            "word/endnotes.xml" => "章節附註",
            "xl/sharedStrings.xml" => "工作表的文字",
            _ => "文件的一部分",
        };

    /// <summary>The place within one document; <paramref name="path"/> is relative to it.</summary>
    private static string Place(string source, string path, int? page, CellPosition? cell)
    {
        var word = Labels.OfSource(source);
        var at = PageOrSlide(path, page);
        var table = TableCell(cell);
        var sheetCell = SheetCell(path);
        return source switch
        {
            SegmentSources.Body => LineNumber().Match(path) is { Success: true } line ? $"第 {line.Groups["line"].Value} 行" : word,
            // A CSV cell (L3:C5) reads as its line, as the line of a text file does.
            SegmentSources.Table when LineNumber().Match(path) is { Success: true } line => $"第 {line.Groups["line"].Value} 行",
            SegmentSources.Table => Join(at, table ?? word),
            SegmentSources.Sheet => sheetCell ?? (path.Contains('/') ? word : $"{word}名稱「{path}」"),
            SegmentSources.Slide => at ?? word,
            SegmentSources.Notes => at + word,
            SegmentSources.Page => FormField().Match(path) is { Success: true } field
                ? Join(at, $"表單欄位「{field.Groups["name"].Value}」")
                : at ?? word,
            SegmentSources.EmailHeader => $"{word}「{LocationNames.OfMailHeader(path)}」",
            SegmentSources.EmailBody => path.EndsWith("/comment", StringComparison.Ordinal) ? Join(word, "隱藏註解") : word,
            SegmentSources.Di => DiLocationWords.Of(path),
            SegmentSources.Metadata => LocationNames.OfProperty(path) is { } name ? $"{word}「{name}」" : word,
            SegmentSources.Header or SegmentSources.Footer => Join(SheetOfHeader(path), word, table),
            SegmentSources.Comment => Join(at ?? sheetCell, path.EndsWith("/author", StringComparison.Ordinal) ? word + "作者" : word, table),
            // Hidden runs and revisions sit inside a cell, not the other way round.
            SegmentSources.HiddenText or SegmentSources.TrackedInsertion or SegmentSources.TrackedDeletion => Join(at ?? sheetCell, table, word),
            _ => Join(at, word, table),
        };
    }

    /// <summary>PDF paths name the page (<c>page/3</c>, <c>form/…</c>), as do image files read by OCR (<c>image</c>, a TIFF's <c>image#2</c>); a numbered place of any other format is a slide.</summary>
    private static string? PageOrSlide(string path, int? page) => page switch
    {
        null => null,
        _ when path.StartsWith("page/", StringComparison.Ordinal) || path.StartsWith("form/", StringComparison.Ordinal)
               || path.StartsWith("image", StringComparison.Ordinal) => $"第 {page} 頁",
        _ => $"第 {page} 張投影片",
    };

    /// <summary>A cell of a Word or slide table (<c>word/document.xml#table2</c>), counted from 1 as a reader does.</summary>
    private static string? TableCell(CellPosition? cell) =>
        cell is not null && TableNumber().Match(cell.Table) is { Success: true } table
            ? $"第 {table.Groups["table"].Value} 個表格第 {cell.Row + 1} 列第 {cell.Column + 1} 欄"
            : null;

    private static string? SheetCell(string path) =>
        SheetReference().Match(path) is { Success: true } match ? $"工作表「{match.Groups["sheet"].Value}」{match.Groups["cell"].Value}" : null;

    private static string? SheetOfHeader(string path) =>
        SheetHeaderFooter().Match(path) is { Success: true } match ? $"工作表「{match.Groups["sheet"].Value}」" : null;

    /// <summary>
    /// The containers from the outside in: 附件「a.zip」內「b.docx」 for attachments and archive members, and
    /// the parts of a document that are read as documents of their own (a picture, an embedded object) as
    /// what they are in it, never as an attachment.
    /// </summary>
    private static string Within(IEnumerable<string> containers, string? place)
    {
        var chain = "";
        foreach (var name in containers)
        {
            chain = PartOfDocument(name) is { } part ? Join(chain, part) : $"{chain}{(chain.Length == 0 ? "附件" : "內")}「{name}」";
        }

        return Join(chain, place);
    }

    /// <summary>
    /// A picture or embedded object named by its place in the package (<c>word/media/image1.png</c>,
    /// <c>ppt/embeddings/…xlsx</c>, <c>media/image.png</c>, ODF's <c>Pictures/…png</c> and <c>Object 1</c>, a legacy file's 內嵌物件1);
    /// null for an attachment or archive member.
    /// </summary>
    private static string? PartOfDocument(string name)
    {
        if (OfficePart().Match(name) is { Success: true } office)
        {
            var file = office.Groups["file"].Value;
            if (office.Groups["kind"].Value == "embeddings")
            {
                return $"內嵌物件「{file}」";
            }

            // A package made by a program rather than Office may keep its pictures in media/ at the top.
            var where = office.Groups["app"].Value switch { "word" => "內文的", "xl" => "工作表的", "ppt" => "投影片的", _ => "" };
            return $"{where}圖片「{file}」";
        }

        if (OdfPicture().Match(name) is { Success: true } picture)
        {
            return $"圖片「{picture.Groups["file"].Value}」";
        }

        return EmbeddedObject().Match(name) is { Success: true } embedded ? $"第 {embedded.Groups["number"].Value} 個內嵌物件" : null;
    }

    /// <summary>Places from the outside in, each 的 the next; a space before 的 after a cell reference (C5 的註解).</summary>
    private static string Join(params string?[] places)
    {
        var words = "";
        foreach (var part in places.Where(p => !string.IsNullOrEmpty(p)))
        {
            words = words.Length == 0 ? part! : $"{words}{(char.IsAsciiLetterOrDigit(words[^1]) ? " " : "")}的{part}";
        }

        return words;
    }

    [GeneratedRegex(@"^((?<app>word|xl|ppt)/)?(?<kind>media|embeddings)/(?<file>[^/]+)$")]
    private static partial Regex OfficePart();

    [GeneratedRegex(@"^Pictures/(?<file>[^/]+)$")]
    private static partial Regex OdfPicture();

    [GeneratedRegex(@"^(內嵌物件|Object )(?<number>[0-9]+)$")]
    private static partial Regex EmbeddedObject();

    [GeneratedRegex(@"/(?<kind>sheet|slide|notesSlide|header|footer|chart)(?<n>[0-9]+)\.xml$")]
    private static partial Regex PartNumber();

    [GeneratedRegex(@"^L(?<line>[0-9]+)(\+[0-9]+)?(:C[0-9]+)?$")]
    private static partial Regex LineNumber();

    [GeneratedRegex(@"^form/(?<name>.+)$")]
    private static partial Regex FormField();

    [GeneratedRegex(@"#table(?<table>[0-9]+)$")]
    private static partial Regex TableNumber();

    [GeneratedRegex(@"^(?<sheet>.+)!(?<cell>[A-Z]{1,3}[0-9]+)$")]
    private static partial Regex SheetReference();

    [GeneratedRegex(@"^(?<sheet>.+)#(odd|even|first)(Header|Footer)$")]
    private static partial Regex SheetHeaderFooter();
}
