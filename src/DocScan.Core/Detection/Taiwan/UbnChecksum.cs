namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// 營利事業統一編號 check (財政部財政資訊中心): eight digits weighted 1,2,1,2,1,2,4,1, each product
/// counted as the sum of its digits. Since 2023 the total need only be divisible by 5 (numbers were
/// running out); older numbers, divisible by 10, pass the new rule too. When the seventh digit is 7 its
/// product 28 counts as 10, reducible to 1 or 0, so a total one short of the divisor is also valid.
/// </summary>
internal static class UbnChecksum
{
    private static readonly int[] Weights = [1, 2, 1, 2, 1, 2, 4, 1];

    public static bool IsValid(ReadOnlySpan<char> number)
    {
        if (number.Length != 8 || number.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var product = (number[i] - '0') * Weights[i];
            sum += product / 10 + product % 10;
        }

        return sum % 5 == 0 || (number[6] == '7' && (sum + 1) % 5 == 0);
    }
}
