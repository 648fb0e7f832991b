namespace DocScan.Core.Extraction.Di;

/// <summary>
/// Where in a DI a piece of text stands, named by its elements below the root as a clerk knows the
/// parts of a letter: <c>主旨</c>, <c>段落[說明：]/條列[一、]</c>, <c>正本/全銜</c>. The 文字 element
/// only wraps text and is left out; a paragraph is named by its 段名 and a numbered item by its 序號,
/// the words printed on paper.
/// </summary>
internal sealed class DiElementPath
{
    private const string TextWrapper = "文字";

    private readonly List<string> _parts = [];
    private readonly List<string> _elements = [];
    private string? _current;

    /// <summary>The path of the innermost open element; empty at the root.</summary>
    public string Current => _current ??= string.Join('/', _parts.Where(p => p.Length > 0));

    /// <summary>The innermost open element's name.</summary>
    public string Element => _elements.Count == 0 ? "" : _elements[^1];

    /// <summary>Opens an element; <paramref name="attribute"/> looks up its attributes by name.</summary>
    public void Open(string name, Func<string, string?> attribute)
    {
        // The root names the kind of document (函, 簽), not a part of it.
        var part = _elements.Count == 0 || name == TextWrapper ? ""
            : Qualifier(name, attribute) is { Length: > 0 } qualifier ? $"{name}[{qualifier}]"
            : name;
        _elements.Add(name);
        _parts.Add(part);
        _current = null;
    }

    public void Close()
    {
        if (_elements.Count > 0)
        {
            _elements.RemoveAt(_elements.Count - 1);
            _parts.RemoveAt(_parts.Count - 1);
            _current = null;
        }
    }

    private static string? Qualifier(string name, Func<string, string?> attribute) => name switch
    {
        "段落" => attribute("段名")?.Trim(),
        "條列" => attribute("序號")?.Trim(),
        _ => null,
    };
}
