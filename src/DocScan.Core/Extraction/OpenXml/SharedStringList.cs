namespace DocScan.Core.Extraction.OpenXml;

/// <summary>
/// The shared string table cells point into (<c>t="s"</c>), counting the cells whose string is not
/// there: the table was lost or damaged, and their text cannot be read.
/// </summary>
internal sealed class SharedStringList
{
    private readonly IReadOnlyList<string> _strings;
    private readonly bool[] _used;

    /// <param name="path">The part the strings were read from; null when there is none.</param>
    /// <param name="readLoosely">Read without the package's structure (the part was damaged or could not be reached).</param>
    public SharedStringList(IReadOnlyList<string> strings, string? path, bool readLoosely)
    {
        _strings = strings;
        _used = new bool[strings.Count];
        Path = path;
        ReadLoosely = readLoosely;
    }

    public static SharedStringList Empty() => new([], null, false);

    public string? Path { get; }

    public bool ReadLoosely { get; }

    /// <summary>Cells that pointed at a string the table does not have.</summary>
    public int Unresolved { get; private set; }

    public bool TryGet(string? index, out string text)
    {
        if (int.TryParse(index, out var at) && at >= 0 && at < _strings.Count)
        {
            _used[at] = true;
            text = _strings[at];
            return true;
        }

        Unresolved++;
        text = "";
        return false;
    }

    /// <summary>Strings no cell read pointed at, with their index: in a damaged package they may be all that is left of a lost sheet.</summary>
    public IEnumerable<(int Index, string Text)> Unused()
    {
        for (var at = 0; at < _strings.Count; at++)
        {
            if (!_used[at])
            {
                yield return (at, _strings[at]);
            }
        }
    }
}
