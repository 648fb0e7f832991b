using System.Buffers;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// A set of characters (surnames, the anchors of label words) tested one at a time or searched for in
/// segment text. Over many CJK characters SearchValues falls back to a probabilistic map whose cost per
/// call dwarfs a segment of twenty characters; one bit per character, read in a plain loop, is several
/// times faster there, and a single bit test beats its Contains. Long text still gets the vectorized search.
/// </summary>
internal sealed class CharBitmap
{
    // Below this length the loop wins (measured on CJK text with and without hits).
    private const int ShortText = 64;

    // One bit for each of the 65,536 characters: 8 KB.
    private readonly ulong[] _bits = new ulong[(char.MaxValue + 1) / 64];
    private readonly SearchValues<char> _search;

    public CharBitmap(string chars)
    {
        foreach (var c in chars)
        {
            _bits[c >> 6] |= 1UL << c;
        }

        _search = SearchValues.Create(chars);
    }

    public bool Contains(char c) => (_bits[c >> 6] & (1UL << c)) != 0;

    /// <summary>The index of the first character of the set in the text, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        if (text.Length >= ShortText)
        {
            return text.IndexOfAny(_search);
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (Contains(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
