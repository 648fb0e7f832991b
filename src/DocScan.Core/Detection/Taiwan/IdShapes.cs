using System.Text.RegularExpressions;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// The ten-character shape shared by national IDs and resident certificates, tolerating the single
/// stray spaces that typing and copy-paste from tables leave inside (F 152 601 819).
/// </summary>
internal static partial class IdShapes
{
    /// <summary>A letter and eight digits at least, as <see cref="Candidate"/> asks.</summary>
    public static DetectorRequirements Requirements => new(TextFeatures.AsciiLetter, MinDigits: 8);

    /// <summary>Candidates with their compact (space-free, upper-case) value.</summary>
    public static List<(int Start, int Length, string Compact)> Find(string text) => FindOrNull(text) ?? [];

    /// <summary>
    /// The shapes in the input's text, or null when there are none (most segments): found once for
    /// the national-ID and the resident-ID detectors, which run one after the other.
    /// </summary>
    public static List<(int Start, int Length, string Compact)>? In(DetectionInput input) => input.Shared(FindOnce);

    // One delegate instance: the key under which the input keeps the shapes for both detectors.
    private static readonly Func<DetectionInput, List<(int, int, string)>?> FindOnce = input => FindOrNull(input.Text.Text);

    private static List<(int Start, int Length, string Compact)>? FindOrNull(string text)
    {
        List<(int, int, string)>? found = null;
        foreach (var match in Candidate().EnumerateMatches(text))
        {
            (found ??= []).Add((match.Index, match.Length, Compact(text.AsSpan(match.Index, match.Length))));
        }

        return found;
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
