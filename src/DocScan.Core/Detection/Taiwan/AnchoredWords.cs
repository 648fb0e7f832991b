using System.Collections.Frozen;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// Finds any of a set of Chinese words in one vectorized pass. A multi-string search over CJK words
/// runs at a few hundred MB/s, too slow beside twenty detectors; instead each word is found through
/// its rarest character (its anchor: 緝 for 通緝, 險 for 被保險人), searched as a character set, and only
/// where an anchor occurs are the words around it compared.
/// </summary>
internal sealed class AnchoredWords
{
    // The characters most frequent in official documents, most frequent first: a poor anchor each.
    private const string Common =
        "之人一的年月日本中國大為於有不市府政部以及上會行公法條第號區理事業事項定規者員所在出生分關" +
        "資料請查辦機處局應得案說明主旨函其時下地家工作成用內外前後全新民間發展計畫經費辦法相對合" +
        "表單位名稱記錄紀期間電話通知報告聯絡承代管相關設施方式施行實施目標服務提供使用申並由到與" +
        "等或如此該因可能會議核准審核處理結果情形原則依據規範教育訓練宣導系統網路個保護安全維持";

    private readonly CharBitmap _anchors;
    private readonly FrozenDictionary<char, (string Word, int Offset)[]> _byAnchor;
    private readonly int _maxOffset;

    public AnchoredWords(IEnumerable<string> words)
    {
        var byAnchor = new Dictionary<char, List<(string, int)>>();
        foreach (var word in words.Distinct(StringComparer.Ordinal))
        {
            var offset = AnchorOf(word);
            if (!byAnchor.TryGetValue(word[offset], out var list))
            {
                byAnchor[word[offset]] = list = [];
            }

            list.Add((word, offset));
            _maxOffset = Math.Max(_maxOffset, offset);
        }

        // Longest first, so that the first match at a start is the longest (法定代理人 before 代理人).
        _byAnchor = byAnchor.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(w => w.Item1.Length).ToArray());
        Anchors = string.Concat(byAnchor.Keys);
        _anchors = new CharBitmap(Anchors);
    }

    /// <summary>The anchor characters: no word occurs in a text that has none of them.</summary>
    public string Anchors { get; }

    /// <summary>The leftmost word starting at or after <paramref name="from"/>, the longest where several start there.</summary>
    public (int Start, string Word)? FindFirst(string text, int from)
    {
        (int Start, string Word)? best = null;
        var search = from;
        while (search < text.Length)
        {
            var hit = _anchors.IndexOfAny(text.AsSpan(search));
            if (hit < 0)
            {
                break;
            }

            var at = search + hit;
            if (best is { } b && at - _maxOffset > b.Start)
            {
                // No later anchor can give a match starting before the one found.
                break;
            }

            foreach (var (word, offset) in _byAnchor[text[at]])
            {
                var start = at - offset;
                if (start >= from && start + word.Length <= text.Length
                    && text.AsSpan(start, word.Length).SequenceEqual(word)
                    && (best is not { } current || start < current.Start || (start == current.Start && word.Length > current.Word.Length)))
                {
                    best = (start, word);
                }
            }

            search = at + 1;
        }

        return best;
    }

    /// <summary>Whether any of the words occurs in the span.</summary>
    public bool OccursIn(ReadOnlySpan<char> text)
    {
        var search = 0;
        while (search < text.Length)
        {
            var hit = _anchors.IndexOfAny(text[search..]);
            if (hit < 0)
            {
                return false;
            }

            var at = search + hit;
            foreach (var (word, offset) in _byAnchor[text[at]])
            {
                var start = at - offset;
                if (start >= 0 && start + word.Length <= text.Length && text.Slice(start, word.Length).SequenceEqual(word))
                {
                    return true;
                }
            }

            search = at + 1;
        }

        return false;
    }

    // The word's least common character; among equally rare ones, the last (labels end in their most telling character).
    private static int AnchorOf(string word)
    {
        var best = word.Length - 1;
        var bestRank = Rank(word[best]);
        for (var i = word.Length - 2; i >= 0; i--)
        {
            var rank = Rank(word[i]);
            if (rank > bestRank)
            {
                best = i;
                bestRank = rank;
            }
        }

        return best;
    }

    private static int Rank(char c)
    {
        var index = Common.IndexOf(c);
        return index < 0 ? int.MaxValue : index;
    }
}
