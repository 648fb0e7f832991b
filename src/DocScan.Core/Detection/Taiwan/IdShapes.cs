using System.Text.RegularExpressions;
using DocScan.Core.Detection.Common;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// The ten-character shape shared by national IDs and resident certificates, tolerating the single
/// stray spaces that typing and copy-paste from tables leave inside (F 152 601 819).
/// </summary>
internal static partial class IdShapes
{
    /// <summary>Eight digits at least, as <see cref="Candidate"/> asks.</summary>
    public static DetectorRequirements Requirements => new(MinDigits: 8);

    /// <summary>Candidates with their compact (space-free, upper-case) value, or null when there are none (most segments).</summary>
    public static List<(int Start, int Length, string Compact)>? Find(ReadOnlySpan<char> text)
    {
        // Most lines with eight digits hold no letter: dates, amounts, phone numbers.
        if (!text.ContainsAnyInRange('A', 'Z') && !text.ContainsAnyInRange('a', 'z'))
        {
            return null;
        }

        List<(int, int, string)>? found = null;
        foreach (var match in Candidate().EnumerateMatches(text))
        {
            (found ??= []).Add((match.Index, match.Length, NumberContext.Compact(text.Slice(match.Index, match.Length))));
        }

        return found;
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z][ \t]?[0-9A-Da-d](?:[ \t]?[0-9]){8}(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
