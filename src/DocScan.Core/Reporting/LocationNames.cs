namespace DocScan.Core.Reporting;

/// <summary>
/// The Chinese names of e-mail headers and document properties, as Outlook and Office show them to a
/// clerk; names nobody has translated (custom properties, X- headers) are shown as written.
/// wwwroot/location.js holds the same tables.
/// </summary>
internal static class LocationNames
{
    private static readonly Dictionary<string, string> MailHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["From"] = "寄件者",
        ["Sender"] = "代理寄件者",
        ["To"] = "收件者",
        ["Cc"] = "副本",
        ["Bcc"] = "密件副本",
        ["Reply-To"] = "回覆地址",
        ["Subject"] = "主旨",
        ["Thread-Topic"] = "討論串主旨",
        ["Comments"] = "備註",
        ["Keywords"] = "關鍵字",
    };

    // Keyed as the path spells them: OOXML after '#' (docProps/core.xml#creator), PDF by dictionary
    // (info/Author) or XMP name (xmp/dc:creator), ODF after '#' with its prefix (meta.xml#meta:initial-creator).
    // PDF's Creator is the program, OOXML's creator the person; ODF's dc:creator is who saved it last (ODF 1.3 §4.3.2.2).
    private static readonly Dictionary<string, string> Properties = new(StringComparer.Ordinal)
    {
        ["title"] = "標題",
        ["subject"] = "主旨",
        ["creator"] = "作者",
        ["keywords"] = "關鍵字",
        ["description"] = "描述",
        ["lastModifiedBy"] = "最後修改者",
        ["category"] = "類別",
        ["Company"] = "公司",
        ["Manager"] = "主管",
        ["HyperlinkBase"] = "超連結基底",
        ["author"] = "註解或修訂者",
        ["displayName"] = "註解者名稱",
        ["userId"] = "註解者帳號",
        ["info/Title"] = "標題",
        ["info/Subject"] = "主旨",
        ["info/Author"] = "作者",
        ["info/Keywords"] = "關鍵字",
        ["info/Creator"] = "建立程式",
        ["info/Producer"] = "製作程式",
        ["xmp/dc:title"] = "標題",
        ["xmp/dc:creator"] = "作者",
        ["xmp/dc:description"] = "描述",
        ["xmp/dc:subject"] = "關鍵字",
        ["xmp/pdf:Keywords"] = "關鍵字",
        ["xmp/xmp:CreatorTool"] = "建立程式",
        ["xmp/pdf:Producer"] = "製作程式",
        ["meta:initial-creator"] = "作者",
        ["dc:creator"] = "最後修改者",
        ["meta:printed-by"] = "最後列印者",
        ["dc:title"] = "標題",
        ["dc:subject"] = "主旨",
        ["dc:description"] = "描述",
        ["meta:keyword"] = "關鍵字",
    };

    private const string DocumentVariable = "docVar:";

    /// <summary>寄件者 for <c>From</c>; the header as written when it has no Chinese name.</summary>
    public static string OfMailHeader(string header) => MailHeaders.GetValueOrDefault(header, header);

    /// <summary>The property a metadata path names (作者 for <c>docProps/core.xml#creator</c>); null when the path names none.</summary>
    public static string? OfProperty(string path)
    {
        if (path.IndexOf('#') is var hash and >= 0)
        {
            var name = path[(hash + 1)..];
            return name.StartsWith(DocumentVariable, StringComparison.Ordinal) ? $"文件變數 {name[DocumentVariable.Length..]}"
                : name.Length == 0 ? null
                : Properties.GetValueOrDefault(name, name);
        }

        return path.StartsWith("info/", StringComparison.Ordinal) || path.StartsWith("xmp/", StringComparison.Ordinal)
            ? Properties.GetValueOrDefault(path, path[(path.IndexOf('/') + 1)..])
            : null;
    }
}
