using System.Xml.Linq;

namespace DocScan.Core.Extraction.Odf;

/// <summary>
/// Which named styles hide what they are applied to: text and paragraphs (<c>text:display="none"</c>,
/// how LibreOffice keeps Word's hidden text), sheets (<c>table:display="false"</c>) and slides
/// (<c>presentation:visibility="hidden"</c>). A style that does not say inherits from its
/// <c>style:parent-style-name</c>. content.xml and styles.xml each have their own automatic styles
/// (both may name one "P1"), so each part gets its own instance over the shared common styles.
/// </summary>
internal sealed class OdfStyles
{
    // Real chains are a few levels deep; a cycle must not loop.
    private const int MaxChain = 32;

    private readonly Dictionary<(string Family, string Name), XElement> _automatic;
    private readonly Dictionary<(string Family, string Name), XElement> _common;

    private OdfStyles(Dictionary<(string, string), XElement> automatic, Dictionary<(string, string), XElement> common)
    {
        _automatic = automatic;
        _common = common;
    }

    public static OdfStyles None { get; } = new([], []);

    /// <param name="part">The part whose <c>office:automatic-styles</c> apply (content.xml or styles.xml).</param>
    /// <param name="styles">The part holding <c>office:styles</c> (styles.xml; a flat document is both).</param>
    public static OdfStyles For(XElement? part, XElement? styles) =>
        new(Index(part?.Element(OdfNames.Office + "automatic-styles")), Index(styles?.Element(OdfNames.Office + "styles")));

    public bool HidesText(string? name, string family) =>
        Decide(name, family, style => Property(style, "text-properties", OdfNames.Text + "display") switch
        {
            null => null,
            var display => display == "none",
        });

    public bool HidesTable(string? name) =>
        Decide(name, "table", style => Property(style, "table-properties", OdfNames.Table + "display") switch
        {
            null => null,
            var display => display == "false",
        });

    public bool HidesPage(string? name) =>
        Decide(name, "drawing-page", style => Property(style, "drawing-page-properties", OdfNames.Presentation + "visibility") switch
        {
            null => null,
            var visibility => visibility == "hidden",
        });

    /// <summary>The first style of the chain that says anything decides; automatic styles are looked up first, parents are common styles.</summary>
    private bool Decide(string? name, string family, Func<XElement, bool?> says)
    {
        var automatic = true;
        for (var i = 0; name is not null && i < MaxChain; i++)
        {
            if (!(automatic && _automatic.TryGetValue((family, name), out var style)) && !_common.TryGetValue((family, name), out style))
            {
                return false;
            }

            if (says(style) is { } decided)
            {
                return decided;
            }

            name = (string?)style.Attribute(OdfNames.Style + "parent-style-name");
            automatic = false;
        }

        return false;
    }

    private static string? Property(XElement style, string properties, XName attribute) =>
        (string?)style.Element(OdfNames.Style + properties)?.Attribute(attribute);

    private static Dictionary<(string, string), XElement> Index(XElement? container)
    {
        var styles = new Dictionary<(string, string), XElement>();
        foreach (var style in container?.Elements(OdfNames.Style + "style") ?? [])
        {
            if ((string?)style.Attribute(OdfNames.Style + "name") is { } name)
            {
                // The first definition wins, as in LibreOffice.
                styles.TryAdd(((string?)style.Attribute(OdfNames.Style + "family") ?? "", name), style);
            }
        }

        return styles;
    }
}
