using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DocScan.Core.Detection;

/// <summary>
/// Every word a detector set declares (<see cref="IDetector.Keywords"/>), found in one pass over a document's
/// text: an Aho–Corasick automaton turned into a table of transitions over the characters the words use.
/// Case is folded as <see cref="StringComparison.OrdinalIgnoreCase"/> folds it.
/// </summary>
internal sealed class KeywordIndex
{
    // Per character, the class of the words' character it folds to; 0 for characters no word holds.
    private readonly ushort[] _classOf = new ushort[char.MaxValue + 1];
    private readonly int _classes;

    // The automaton: entry [state × classes + class] is the next state times two, plus one when words end
    // in that state; and per state the words that end there. Class 0 leads back to the start.
    private readonly ushort[] _next;
    private readonly int[] _outputStart;
    private readonly int[] _outputs;
    private readonly int[] _lengths;
    private readonly Dictionary<Keywords, WordSet> _sets = new(ReferenceEqualityComparer.Instance);

    // Per word, the lists that hold it: bit k of entry [word × SetWords + k / 64] is list k.
    private readonly ulong[] _listsOfWord;

    public KeywordIndex(IEnumerable<Keywords> lists)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var lengths = new List<int>();
        var classes = new Dictionary<char, ushort>();
        var distinct = lists.Distinct(ReferenceEqualityComparer.Instance).Cast<Keywords>().ToList();
        SetWords = Math.Max(1, (distinct.Count + 63) / 64);
        foreach (var list in distinct)
        {
            var wordIds = new List<int>();
            foreach (var word in list.Where(w => w.Length > 0))
            {
                var folded = word.ToUpperInvariant();
                if (!ids.TryGetValue(folded, out var id))
                {
                    ids[folded] = id = ids.Count;
                    lengths.Add(folded.Length);
                    foreach (var c in folded)
                    {
                        classes.TryAdd(c, checked((ushort)(classes.Count + 1)));
                    }
                }

                wordIds.Add(id);
            }

            _sets[list] = new WordSet(list, wordIds, _sets.Count);
        }

        _listsOfWord = new ulong[ids.Count * SetWords];
        foreach (var set in _sets.Values)
        {
            foreach (var id in set.Ids)
            {
                set.MarkIn(_listsOfWord.AsSpan(id * SetWords, SetWords));
            }
        }

        for (var c = 0; c <= char.MaxValue; c++)
        {
            _classOf[c] = classes.GetValueOrDefault(char.ToUpperInvariant((char)c));
        }

        _classes = classes.Count + 1;
        _lengths = [.. lengths];
        (_next, _outputStart, _outputs) = Build(ids, classes, _classes);
    }

    /// <summary>How many <see cref="ulong"/>s a mask of lists takes: one bit per declared list.</summary>
    public int SetWords { get; }

    /// <summary>Marks in <paramref name="mask"/> (<see cref="SetWords"/> long) every list that holds the hit's word.</summary>
    public void MarkLists(KeywordHit hit, Span<ulong> mask)
    {
        for (var k = 0; k < mask.Length; k++)
        {
            mask[k] |= _listsOfWord[hit.Word * SetWords + k];
        }
    }

    /// <summary>Where each declared word occurs in the text, ordered by where it ends.</summary>
    public KeywordHits Find(ReadOnlySpan<char> text)
    {
        var hits = new KeywordHits(text.Length / 32);

        // Without a branch per character: whether a character belongs to a word changes too often to predict.
        ref var classOf = ref MemoryMarshal.GetArrayDataReference(_classOf);
        ref var next = ref MemoryMarshal.GetArrayDataReference(_next);
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int entry = Unsafe.Add(ref next, state * _classes + Unsafe.Add(ref classOf, text[i]));
            state = entry >> 1;
            if ((entry & 1) != 0)
            {
                for (var o = _outputStart[state]; o < _outputStart[state + 1]; o++)
                {
                    var word = _outputs[o];
                    hits.Add(new KeywordHit(i + 1 - _lengths[word], i + 1, word));
                }
            }
        }

        return hits;
    }

    /// <summary>The declared list as the index knows it.</summary>
    /// <exception cref="InvalidOperationException">A detector asks about words it did not declare: they were never searched for.</exception>
    public WordSet Set(Keywords words) =>
        _sets.TryGetValue(words, out var set)
            ? set
            : throw new InvalidOperationException($"Keywords [{string.Join(", ", words)}] were not declared by any detector of this scan.");

    private static (ushort[] Next, int[] OutputStart, int[] Outputs) Build(Dictionary<string, int> ids, Dictionary<char, ushort> classes, int width)
    {
        // The trie, then the failure links breadth first; a state's transitions are its own or those of its failure.
        var children = new List<Dictionary<int, int>> { new() };
        var ends = new List<List<int>> { new() };
        foreach (var (word, id) in ids)
        {
            var state = 0;
            foreach (var c in word)
            {
                var symbol = classes[c];
                if (!children[state].TryGetValue(symbol, out var next))
                {
                    children[state][symbol] = next = children.Count;
                    children.Add([]);
                    ends.Add([]);
                }

                state = next;
            }

            ends[state].Add(id);
        }

        var table = new int[children.Count * width];
        var failure = new int[children.Count];
        var queue = new Queue<int>();
        foreach (var (symbol, child) in children[0])
        {
            table[symbol] = child;
            queue.Enqueue(child);
        }

        while (queue.TryDequeue(out var state))
        {
            ends[state].AddRange(ends[failure[state]]);
            for (var symbol = 1; symbol < width; symbol++)
            {
                if (children[state].TryGetValue(symbol, out var child))
                {
                    failure[child] = table[failure[state] * width + symbol];
                    table[state * width + symbol] = child;
                    queue.Enqueue(child);
                }
                else
                {
                    table[state * width + symbol] = table[failure[state] * width + symbol];
                }
            }
        }

        var outputStart = new int[children.Count + 1];
        for (var s = 0; s < children.Count; s++)
        {
            outputStart[s + 1] = outputStart[s] + ends[s].Count;
        }

        var entries = new ushort[table.Length];
        for (var i = 0; i < table.Length; i++)
        {
            entries[i] = checked((ushort)((table[i] << 1) | (ends[table[i]].Count > 0 ? 1 : 0)));
        }

        return (entries, outputStart, [.. ends.SelectMany(e => e)]);
    }
}

/// <param name="Start">Where the word starts in the searched text.</param>
/// <param name="End">Where it ends (exclusive).</param>
/// <param name="Word">The word's id in its <see cref="KeywordIndex"/>.</param>
internal readonly record struct KeywordHit(int Start, int End, int Word);

/// <summary>One declared <see cref="Keywords"/> list as a set of the index's word ids.</summary>
internal sealed class WordSet
{
    private readonly bool[] _contains;

    // The list's words as an array: a Keywords enumerates through an interface, allocating at every look-up.
    private readonly string[] _words;

    public WordSet(Keywords words, List<int> ids, int index)
    {
        _words = [.. words];
        Ids = ids;
        Index = index;
        _contains = new bool[ids.Count == 0 ? 0 : ids.Max() + 1];
        foreach (var id in ids)
        {
            _contains[id] = true;
        }

        ChecksCase = words.MatchCase && words.Any(w => w.Any(c => char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c));
        Everywhere = words.HasEmptyWord;
        LongestWord = words.Select(w => w.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>The list's number in its index: its bit in a mask of lists (<see cref="KeywordIndex.MarkLists"/>).</summary>
    public int Index { get; }

    /// <summary>The ids of the list's words.</summary>
    public IReadOnlyList<int> Ids { get; }

    /// <summary>A hit of one of the list's words may still differ from it in case.</summary>
    public bool ChecksCase { get; }

    /// <summary>The length of the list's longest word: a hit of the list starts no earlier than its end minus this.</summary>
    public int LongestWord { get; }

    /// <summary>The list holds an empty word: any text meets it.</summary>
    public bool Everywhere { get; }

    /// <summary>Whether the hit in <paramref name="text"/> is one of this list's words.</summary>
    public bool Holds(KeywordHit hit, ReadOnlySpan<char> text) =>
        hit.Word < _contains.Length && _contains[hit.Word] && (!ChecksCase || IsExactly(text[hit.Start..hit.End]));

    /// <summary>Whether a mask of lists (<see cref="KeywordIndex.MarkLists"/>) holds this list.</summary>
    public bool IsIn(ReadOnlySpan<ulong> lists) => (lists[Index / 64] & Bit) != 0;

    /// <summary>Adds this list to a mask of lists.</summary>
    public void MarkIn(Span<ulong> lists) => lists[Index / 64] |= Bit;

    /// <summary>The list's spelling of the word a hit found.</summary>
    public string Spelling(KeywordHit hit, ReadOnlySpan<char> text)
    {
        var found = text[hit.Start..hit.End];
        foreach (var word in _words)
        {
            if (found.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return word;
            }
        }

        return found.ToString();
    }

    private ulong Bit => 1UL << (Index % 64);

    private bool IsExactly(ReadOnlySpan<char> found)
    {
        foreach (var word in _words)
        {
            if (found.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }
}
