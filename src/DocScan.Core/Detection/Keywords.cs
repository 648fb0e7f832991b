using System.Collections;
using System.Runtime.CompilerServices;

namespace DocScan.Core.Detection;

/// <summary>
/// Words a detector asks about (電話, TEL, 身分證), written as a collection: <c>Keywords words = ["電話", "TEL"];</c>.
/// Only data: a detector declares its lists (<see cref="IDetector.Keywords"/>) and the <see cref="KeywordIndex"/>
/// of its scan finds them all in one pass over each document. Case is ignored as
/// <see cref="StringComparison.OrdinalIgnoreCase"/> ignores it, unless <see cref="MatchCase"/> is set.
/// </summary>
[CollectionBuilder(typeof(Keywords), nameof(Create))]
internal sealed class Keywords : IReadOnlyList<string>
{
    private readonly string[] _words;

    private Keywords(string[] words, bool matchCase)
    {
        _words = words;
        MatchCase = matchCase;
    }

    /// <summary>Only the exact spelling counts (ICD, not icd).</summary>
    public bool MatchCase { get; }

    /// <summary>An empty word occurs everywhere: a list holding one is met by any text.</summary>
    public bool HasEmptyWord => _words.Any(w => w.Length == 0);

    public int Count => _words.Length;

    public string this[int index] => _words[index];

    public static Keywords Create(ReadOnlySpan<string> words) => new(words.ToArray(), matchCase: false);

    public static Keywords Exact(IEnumerable<string> words) => new([.. words], matchCase: true);

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
