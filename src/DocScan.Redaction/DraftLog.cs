namespace DocScan.Redaction;

/// <summary>What writers did to a document (for the reviewer) and what they could not do safely (the draft is then not offered).</summary>
internal sealed class DraftLog
{
    private readonly List<string> _notes = [];
    private readonly List<string> _unsafe = [];

    public IReadOnlyList<string> Notes => _notes;

    public IReadOnlyList<string> Unsafe => _unsafe;

    public void Note(string message)
    {
        if (!_notes.Contains(message))
        {
            _notes.Add(message);
        }
    }

    /// <summary>Something could not be redacted safely: the draft must not be offered.</summary>
    public void Refuse(string message) => _unsafe.Add(message);
}
