using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocScan.Core.Extraction.OpenXml;

/// <summary>
/// Decides whether a run is hidden text (<c>w:vanish</c>): set on the run itself, or inherited from its
/// character style, its paragraph's style (following <c>w:basedOn</c>), or the document defaults.
/// </summary>
internal sealed class WordHiddenStyles
{
    // Style chains are short; a cycle or an absurd chain in a hostile file must not loop forever.
    private const int MaxStyleChain = 32;

    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool?> _resolved = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyle;
    private readonly bool _defaultHidden;

    private WordHiddenStyles(Styles? styles)
    {
        if (styles is null)
        {
            return;
        }

        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id)
            {
                _styles.TryAdd(id, style);
                if (style.Default?.Value == true && style.Type?.Value == StyleValues.Paragraph)
                {
                    _defaultParagraphStyle ??= id;
                }
            }
        }

        _defaultHidden = IsVanish(styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.Vanish) ?? false;
    }

    /// <summary>For a document without styles (or with unreadable ones): only direct formatting counts.</summary>
    public static WordHiddenStyles None { get; } = new(null);

    public static WordHiddenStyles Load(StyleDefinitionsPart part) => new(part.Styles);

    public string? ParagraphStyle(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;

    public bool IsHidden(Run run, string? paragraphStyle) =>
        IsVanish(run.RunProperties?.Vanish)
        ?? Resolve(run.RunProperties?.RunStyle?.Val?.Value)
        ?? Resolve(paragraphStyle)
        ?? _defaultHidden;

    private bool? Resolve(string? styleId)
    {
        if (styleId is null)
        {
            return null;
        }

        if (_resolved.TryGetValue(styleId, out var known))
        {
            return known;
        }

        bool? hidden = null;
        var current = styleId;
        for (var step = 0; current is not null && step < MaxStyleChain && _styles.TryGetValue(current, out var style); step++)
        {
            if (IsVanish(style.StyleRunProperties?.Vanish) is { } value)
            {
                hidden = value;
                break;
            }

            current = style.BasedOn?.Val?.Value;
        }

        _resolved[styleId] = hidden;
        return hidden;
    }

    /// <summary>Null when not set; <c>&lt;w:vanish/&gt;</c> alone means on.</summary>
    private static bool? IsVanish(Vanish? vanish) => vanish is null ? null : vanish.Val?.Value ?? true;
}
