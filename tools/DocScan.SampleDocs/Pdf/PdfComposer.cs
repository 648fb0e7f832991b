using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace DocScan.SampleDocs.Pdf;

/// <summary>
/// Lays out simple official documents (headings, wrapped paragraphs, rules, page footers) on A4 pages
/// with an embedded Traditional Chinese TrueType font, so PdfPig can extract the text again.
/// </summary>
public sealed partial class PdfComposer : IDisposable
{
    /// <summary>AR PL Mingti2L Big5 (Debian package fonts-arphic-bsmi00lp): plain TrueType, which PdfPig can embed.</summary>
    public const string FontPath = "/usr/share/fonts/truetype/arphic-bsmi00lp/bsmi00lp.ttf";

    private const double PageWidth = 595;
    private const double PageHeight = 842;
    private const double Margin = 64;
    private static readonly Lazy<byte[]> Font = new(LoadFont);

    private readonly PdfDocumentBuilder _builder = new();
    private readonly CjkFontPool _fonts;
    private readonly List<PdfPageBuilder> _pages = [];
    private PdfPageBuilder? _page;
    private double _y;

    public PdfComposer(string title, string author)
    {
        _fonts = new CjkFontPool(_builder, Font.Value);
        _builder.IncludeDocumentInformation = true;
        _builder.DocumentInformation.Title = title;
        _builder.DocumentInformation.Author = author;
        _builder.DocumentInformation.Creator = "Microsoft® Word 2016";
        _builder.DocumentInformation.Producer = "Microsoft® Word 2016";
        _builder.DocumentInformation.CreationDate = "D:20240520093000+08'00'";
        _builder.DocumentInformation.ModifiedDate = "D:20240520093000+08'00'";
    }

    public int PageCount => _pages.Count;

    public PdfComposer NewPage()
    {
        _page = _builder.AddPage(PageWidth, PageHeight);
        _pages.Add(_page);
        _y = PageHeight - Margin;
        return this;
    }

    /// <summary>A page holding nothing but an image: a scan.</summary>
    public PdfComposer ImagePage(byte[] png)
    {
        NewPage();
        _page!.AddPng(png, new PdfRectangle(0, 0, PageWidth, PageHeight));
        return this;
    }

    /// <summary>A page that is one scanned JPEG, as office scanners write them.</summary>
    public PdfComposer JpegPage(byte[] jpeg)
    {
        NewPage();
        _page!.AddJpeg(jpeg, new PdfRectangle(0, 0, PageWidth, PageHeight));
        return this;
    }

    public PdfComposer Heading(string text, double size = 18) => Line(text, size, centered: true, spaceAfter: size * 0.8);

    /// <summary>Wrapped text; continuation lines start at <paramref name="indentEm"/>.</summary>
    public PdfComposer Paragraph(string text, double size = 12, double indentEm = 0)
    {
        var maxEm = (PageWidth - 2 * Margin) / size - indentEm;
        var first = true;
        foreach (var line in LineWrapper.Wrap(text, maxEm))
        {
            Line(line, size, indentEm: first ? 0 : indentEm);
            first = false;
        }

        return this;
    }

    public PdfComposer Line(string text, double size = 12, bool centered = false, double spaceAfter = 0, double indentEm = 0)
    {
        var page = EnsureRoom(size * 1.6);
        _y -= size * 1.6;
        var x = centered ? (PageWidth - LineWrapper.WidthEm(text) * size) / 2 : Margin + indentEm * size;
        WriteText(page, text, size, x, _y);
        _y -= spaceAfter;
        return this;
    }

    public PdfComposer Rule()
    {
        var page = EnsureRoom(10);
        _y -= 6;
        page.DrawLine(new PdfPoint(Margin, _y), new PdfPoint(PageWidth - Margin, _y), 0.6);
        _y -= 4;
        return this;
    }

    public PdfComposer Gap(double points)
    {
        _y -= points;
        return this;
    }

    /// <summary>Adds 「第 n 頁，共 N 頁」 to every text page and writes the file with a stable document ID.</summary>
    public byte[] Build(string footer, string stableIdSeed)
    {
        for (var i = 0; i < _pages.Count; i++)
        {
            var text = $"{footer}　第 {i + 1} 頁，共 {_pages.Count} 頁";
            WriteText(_pages[i], text, 9, (PageWidth - LineWrapper.WidthEm(text) * 9) / 2, Margin / 2);
        }

        return WithStableId(_builder.Build(), stableIdSeed);
    }

    /// <summary>Writes the file as it is, for pages that must stay free of text.</summary>
    public byte[] BuildWithoutFooter(string stableIdSeed) => WithStableId(_builder.Build(), stableIdSeed);

    public void Dispose() => _builder.Dispose();

    private void WriteText(PdfPageBuilder page, string text, double size, double x, double y)
    {
        foreach (var (run, font) in _fonts.Runs(text))
        {
            var letters = page.AddText(run, size, new PdfPoint(x, y), font);
            x = letters[^1].EndBaseLine.X;
        }
    }

    private PdfPageBuilder EnsureRoom(double height)
    {
        if (_page is null || _y - height < Margin)
        {
            NewPage();
        }

        return _page!;
    }

    // PdfPig draws the trailer /ID from a new GUID on every run; replace it with one derived from the sample.
    private static byte[] WithStableId(byte[] pdf, string seed)
    {
        var latin1 = Encoding.Latin1.GetString(pdf);
        var hash = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(seed)));
        var replaced = TrailerId().Replace(latin1, $"/ID [ <{hash}><{hash}>]", 1);
        if (replaced.Length != latin1.Length)
        {
            throw new InvalidOperationException("PdfPig's trailer changed shape; the stable ID would move the xref.");
        }

        return Encoding.Latin1.GetBytes(replaced);
    }

    private static byte[] LoadFont() => File.Exists(FontPath)
        ? File.ReadAllBytes(FontPath)
        : throw new FileNotFoundException($"{FontPath} is missing: apt-get install -y fonts-arphic-bsmi00lp");

    [GeneratedRegex(@"/ID \[ <[0-9A-F]{32}><[0-9A-F]{32}>\]")]
    private static partial Regex TrailerId();
}
