using DocScan.Core.Detection.Taiwan;

namespace DocScan.Bench.Corpus;

/// <summary>
/// Checksum-valid identifiers made up on the spot, and look-alikes that share their shape but not
/// their checksum, so the corpus exercises validators the way real documents do.
/// </summary>
internal sealed class SyntheticIds(Random random)
{
    private const string Letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    public string NationalId() => WithCheckDigit($"{Letter()}{random.Next(1, 3)}{Digits(7)}");

    /// <summary>外來人口統一證號 in the 2021 format (second character 8 or 9).</summary>
    public string ResidentId() => WithCheckDigit($"{Letter()}{(random.Next(2) == 0 ? '8' : '9')}{Digits(7)}");

    /// <summary>The pre-2021 resident format: two letters, eight digits.</summary>
    public string OldResidentId() => WithCheckDigit($"{Letter()}{"ABCD"[random.Next(4)]}{Digits(7)}");

    /// <summary>A national-ID shape whose check digit is wrong: a typo, a case number, a form serial.</summary>
    public string InvalidNationalId()
    {
        var valid = NationalId();
        var wrong = (valid[9] - '0' + random.Next(1, 10)) % 10;
        return string.Concat(valid.AsSpan(0, 9), wrong.ToString());
    }

    /// <summary>An ID already masked the way land offices print it (A12****789).</summary>
    public string MaskedNationalId() => TaiwanIdChecksum.Mask(NationalId());

    /// <summary>統一編號 of a company: weights 1,2,1,2,1,2,4,1, sum of the products' digits divisible by 5.</summary>
    public string CompanyNumber()
    {
        var seven = Digits(7);
        for (var last = 0; last < 10; last++)
        {
            var candidate = seven + last;
            if (CompanyChecksum(candidate) % 5 == 0)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No check digit fits: the weights guarantee one does.");
    }

    public string Digits(int count)
    {
        Span<char> digits = stackalloc char[count];
        for (var i = 0; i < count; i++)
        {
            digits[i] = (char)('0' + random.Next(10));
        }

        return new string(digits);
    }

    private char Letter() => Letters[random.Next(Letters.Length)];

    private static string WithCheckDigit(string nine)
    {
        for (var digit = 0; digit < 10; digit++)
        {
            var candidate = nine + digit;
            if (TaiwanIdChecksum.IsValid(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No check digit fits: the last weight is 1, so one always does.");
    }

    private static int CompanyChecksum(string number)
    {
        ReadOnlySpan<int> weights = [1, 2, 1, 2, 1, 2, 4, 1];
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var product = (number[i] - '0') * weights[i];
            sum += product / 10 + product % 10;
        }

        return sum;
    }
}
