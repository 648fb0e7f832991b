namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// The check digit shared by the national ID (國民身分證統一編號) and both resident certificate
/// (居留證統一證號) formats: the letter becomes two digits (A=10 … Z=33, with I, O, W and Z out of
/// order), weights 1,9,8,7,6,5,4,3,2,1,1, sum divisible by 10. The old resident format's second letter
/// counts as the last digit of its own code (A=0, B=1, C=2, D=3).
/// </summary>
internal static class TaiwanIdChecksum
{
    // Index = letter - 'A'; the order is the household-registration area code table.
    private static readonly int[] LetterCodes =
        [10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33];

    /// <summary>A national ID: letter, 1 (male) or 2 (female), 8 digits, valid check digit.</summary>
    public static bool IsValidNationalId(ReadOnlySpan<char> id) =>
        id.Length == 10 && id[1] is '1' or '2' && IsValid(id);

    /// <summary>A resident certificate number: the 2021 format (letter, 8 or 9, 8 digits) or the old one (two letters, 8 digits).</summary>
    public static bool IsValidResidentId(ReadOnlySpan<char> id) =>
        id.Length == 10 && (id[1] is '8' or '9' || char.ToUpperInvariant(id[1]) is >= 'A' and <= 'D') && IsValid(id);

    /// <summary>The checksum alone, for any of the three formats.</summary>
    public static bool IsValid(ReadOnlySpan<char> id)
    {
        if (id.Length != 10
            || LetterCode(id[0]) is not { } area
            || (char.IsAsciiDigit(id[1]) ? id[1] - '0' : LetterCode(id[1]) % 10) is not { } second
            || id[2..].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var sum = area / 10 + area % 10 * 9 + second * 8;
        for (var i = 2; i < 10; i++)
        {
            sum += (id[i] - '0') * (i == 9 ? 1 : 9 - i);
        }

        return sum % 10 == 0;
    }

    /// <summary>The way land offices print an ID: first three and last three kept (A12****789).</summary>
    public static string Mask(string id) =>
        id.Length <= 6 ? new string('*', id.Length) : string.Concat(id.AsSpan(0, 3), new string('*', id.Length - 6), id.AsSpan(id.Length - 3));

    private static int? LetterCode(char c)
    {
        var upper = char.ToUpperInvariant(c);
        return upper is >= 'A' and <= 'Z' ? LetterCodes[upper - 'A'] : null;
    }
}
