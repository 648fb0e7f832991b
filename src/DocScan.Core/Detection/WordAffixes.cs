namespace DocScan.Core.Detection;

/// <summary>
/// Which word of a list a text starts or ends with (a title after a name, a label before it): the first
/// listed that fits, so a list puts a longer word before any word it ends or starts with.
/// </summary>
internal static class WordAffixes
{
    /// <summary>The first of <paramref name="words"/> that <paramref name="text"/> starts with, or null.</summary>
    public static string? Starting(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>The first of <paramref name="words"/> that <paramref name="text"/> ends with, or null.</summary>
    public static string? Ending(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return word;
            }
        }

        return null;
    }
}
