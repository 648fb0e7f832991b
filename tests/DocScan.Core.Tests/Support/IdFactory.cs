namespace DocScan.Core.Tests.Support;

/// <summary>
/// Makes synthetic, checksum-valid Taiwanese IDs for tests. Written independently of the product's
/// validator (a different formulation of the same published rule) so the two can check each other.
/// </summary>
public static class IdFactory
{
    // Area codes in the order the household registration table publishes them: A=10 … H=17, J=18 …
    private const string AreaOrder = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

    public static string NationalId(Random random, char? gender = null) =>
        Complete($"{Letter(random)}{gender ?? "12"[random.Next(2)]}{Digits(random, 7)}");

    public static string ResidentId2021(Random random) =>
        Complete($"{Letter(random)}{"89"[random.Next(2)]}{Digits(random, 7)}");

    public static string ResidentIdOld(Random random) =>
        Complete($"{Letter(random)}{"ABCD"[random.Next(4)]}{Digits(random, 7)}");

    /// <summary>Appends the check digit to nine characters.</summary>
    public static string Complete(string nine)
    {
        var area = AreaOrder.IndexOf(nine[0]) + 10;
        var second = char.IsLetter(nine[1]) ? (AreaOrder.IndexOf(nine[1]) + 10) % 10 : nine[1] - '0';
        int[] digits = [area / 10, area % 10, second, .. nine[2..].Select(c => c - '0')];
        int[] weights = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1];
        var sum = digits.Zip(weights, (d, w) => d * w).Sum();
        return nine + (10 - sum % 10) % 10;
    }

    /// <summary>The same ID with a wrong check digit.</summary>
    public static string BreakChecksum(string id) => id[..9] + (char)('0' + (id[9] - '0' + 1) % 10);

    private static char Letter(Random random) => (char)('A' + random.Next(26));

    private static string Digits(Random random, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));
}
