using System.Text;

namespace DocScan.Redaction;

/// <summary>
/// A text a reader sees as one (a Word paragraph, a cell's rich text) that the file stores in pieces
/// (runs), with separators between some of them (tabs, line breaks) that cannot be rewritten. Targets
/// are found in the joined text and masked in the pieces, so a value split over runs is still found
/// and every run keeps its formatting.
/// </summary>
internal sealed class TextPieces<T>
{
    private readonly List<(T? Holder, string Text)> _pieces = [];

    /// <summary>A piece that can be rewritten.</summary>
    public void Add(T holder, string text) => _pieces.Add((holder, text));

    /// <summary>Text between pieces that is part of what a reader sees but stays as it is.</summary>
    public void AddSeparator(string text) => _pieces.Add((default, text));

    /// <summary>Masks every target; returns each rewritten piece with its new text (unchanged pieces are left out).</summary>
    public List<(T Holder, string Text)> Mask(RedactionPlan plan)
    {
        var joined = string.Concat(_pieces.Select(p => p.Text));
        var changed = new List<(T, string)>();
        var matches = plan.Find(joined);
        if (matches.Count == 0)
        {
            return changed;
        }

        // What each character of the joined text becomes: itself (null), a replacement, or nothing ("").
        var output = new string?[joined.Length];
        var owner = Owners(joined.Length);
        foreach (var match in matches)
        {
            Plan(match, owner, output);
        }

        var offset = 0;
        foreach (var (holder, text) in _pieces)
        {
            if (holder is not null && Changes(output, offset, text.Length))
            {
                var result = new StringBuilder(text.Length);
                for (var i = 0; i < text.Length; i++)
                {
                    result.Append(output[offset + i] ?? text[i].ToString());
                }

                changed.Add((holder, result.ToString()));
            }

            offset += text.Length;
        }

        return changed;
    }

    private int[] Owners(int length)
    {
        var owner = new int[length];
        var offset = 0;
        for (var p = 0; p < _pieces.Count; p++)
        {
            Array.Fill(owner, p, offset, _pieces[p].Text.Length);
            offset += _pieces[p].Text.Length;
        }

        return owner;
    }

    private void Plan(TargetMatch match, int[] owner, string?[] output)
    {
        var replacement = match.Target.Replacement;
        var range = Enumerable.Range(match.Start, match.Length);
        var writable = range.Where(i => _pieces[owner[i]].Holder is not null).ToList();
        if (writable.Count == 0)
        {
            return;
        }

        if (replacement.Length == match.Length && writable.Count == match.Length)
        {
            // Same length: character for character, so each run keeps its share of the mask.
            for (var k = 0; k < match.Length; k++)
            {
                output[match.Start + k] = replacement[k].ToString();
            }

            return;
        }

        output[writable[0]] = replacement;
        foreach (var i in writable.Skip(1))
        {
            output[i] = "";
        }
    }

    private static bool Changes(string?[] output, int offset, int length)
    {
        for (var i = offset; i < offset + length; i++)
        {
            if (output[i] is not null)
            {
                return true;
            }
        }

        return false;
    }
}
