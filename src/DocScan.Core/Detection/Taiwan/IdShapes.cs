using System.Text.RegularExpressions;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// The ten-character shape shared by national IDs and resident certificates, tolerating the single
/// stray spaces that typing and copy-paste from tables leave inside (F 152 601 819).
/// </summary>
internal static partial class IdShapes
{
    /// <summary>Candidates with their compact (space-free, upper-case) value.</summary>
    public static IEnumerable<(int Start, int Length, string Compact)> Find(string text)
    {
        foreach (Match match in Candidate().Matches(text))
        {
            yield return (match.Index, match.Length, Compact(match.ValueSpan));
        }
    }

    private static string Compact(ReadOnlySpan<char> value)
    {
        Span<char> buffer = stackalloc char[10];
        var n = 0;
        foreach (var c in value)
        {
            if (c is not (' ' or '\t'))
            {
                buffer[n++] = char.ToUpperInvariant(c);
            }
        }

        return new string(buffer[..n]);
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z][ \t]?[0-9A-Da-d](?:[ \t]?[0-9]){8}(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
