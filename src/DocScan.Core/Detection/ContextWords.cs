namespace DocScan.Core.Detection;

/// <summary>Whether any of a detector's context words appears near a match.</summary>
internal static class ContextWords
{
    public static bool Near(string text, int start, int length, IReadOnlyList<string> words, int window)
    {
        var from = Math.Max(0, start - window);
        var to = Math.Min(text.Length, start + length + window);
        var span = text.AsSpan(from, to - from);
        foreach (var word in words)
        {
            if (span.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
