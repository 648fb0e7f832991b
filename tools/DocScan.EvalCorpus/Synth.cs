using DocScan.SampleDocs.Catalog;

namespace DocScan.EvalCorpus;

/// <summary>
/// Made-up values for one document, from its own seeded random source. IDs, company numbers and
/// cards are proven by the sample generator's checksum rules (<see cref="IdChecksum"/>,
/// <see cref="NumberChecks"/>): a candidate is drawn and its check digit is the one they accept.
/// </summary>
public sealed class Synth(int seed)
{
    private const string IdLetters = "ABCDEFGHJKLMNPQRSTUVXYWZ";
    private const string PlateLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private readonly HashSet<string> _names = [];

    public Random Random { get; } = new(seed);

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    public bool Chance(double probability) => Random.NextDouble() < probability;

    public int Int(int min, int maxInclusive) => Random.Next(min, maxInclusive + 1);

    public string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + Random.Next(10))));

    /// <summary>A Chinese name not used before in this document.</summary>
    public string Name()
    {
        while (true)
        {
            var name = Pick(Pools.Surnames) + Pick(Pools.GivenFirst) + Pick(Pools.GivenSecond);
            if (_names.Add(name))
            {
                return name;
            }
        }
    }

    /// <summary>王○明: the way anonymised rulings print a name.</summary>
    public string AnonymisedName() => Pick(Pools.Surnames) + "○" + Pick(Pools.GivenSecond);

    public string LatinName() => $"{Pick(Pools.LatinGiven)} {Pick(Pools.LatinFamily)}";

    /// <summary>A national ID; one time in four one of the project's fixed synthetic IDs.</summary>
    public string NationalId()
    {
        if (Chance(0.25))
        {
            return Pick(new[] { SyntheticIds.F152601819, SyntheticIds.H259083019, SyntheticIds.A166131861, SyntheticIds.E209139090, SyntheticIds.T196030828, SyntheticIds.R246281946, SyntheticIds.K182199353, SyntheticIds.B218190937 });
        }

        return WithCheckDigit(Pick(IdLetters.ToCharArray()) + (Chance(0.5) ? "1" : "2") + Digits(7), "national-id");
    }

    /// <summary>外來人口統一證號 in the 2021 format (second digit 8 or 9).</summary>
    public string ResidentId() => WithCheckDigit(Pick(IdLetters.ToCharArray()) + (Chance(0.5) ? "8" : "9") + Digits(7), "resident-id");

    /// <summary>An ID-shaped value whose check digit is wrong.</summary>
    public string InvalidId()
    {
        var valid = NationalId();
        var last = (valid[^1] - '0' + Int(1, 9)) % 10;
        var lookAlike = valid[..^1] + last;
        return IdChecksum.Classify(lookAlike) is null ? lookAlike : throw new InvalidOperationException("check digit");
    }

    public string Passport(string nationality) => nationality switch
    {
        "越南" => "C" + Digits(7),
        "印尼" => Pick(new[] { "B", "C", "X" }) + Digits(7),
        "菲律賓" => "P" + Digits(7) + Pick(new[] { "A", "B" }),
        _ => Pick(new[] { "AA", "AB" }) + Digits(7),
    };

    public string TaiwanPassport() => "3" + Digits(8);

    public string Mobile() => $"09{Int(10, 89)}-{Digits(3)}-{Digits(3)}";

    public string Landline(string area) => area is "02" or "04" ? $"({area}){Int(2, 8)}{Digits(3)}-{Digits(4)}" : $"({area}){Int(2, 8)}{Digits(2)}-{Digits(4)}";

    public string Hotline() => $"0800-{Digits(3)}-{Digits(3)}";

    /// <summary>A private home address from its parts; printed with the parts concatenated.</summary>
    public string HomeAddress()
    {
        var (city, districts) = Pick(Pools.Cities);
        var parts = new List<string> { city, Pick(districts), Pick(Pools.Streets), Pick(Pools.Sections) };
        if (Chance(0.4))
        {
            parts.Add($"{Int(2, 300)}巷");
        }

        parts.Add($"{Int(1, 250)}號");
        if (Chance(0.6))
        {
            parts.Add($"{Int(2, 15)}樓");
        }

        return string.Concat(parts);
    }

    /// <summary>A birth date as 民國 years print it: 058/06/05, 民國58年6月5日, 58.06.05.</summary>
    public string RocBirthDate(bool slashesOnly = false)
    {
        var (y, m, d) = (Int(35, 92), Int(1, 12), Int(1, 28));
        return slashesOnly ? $"{y:D3}/{m:D2}/{d:D2}" : Int(0, 2) switch
        {
            0 => $"{y:D3}/{m:D2}/{d:D2}",
            1 => $"民國{y}年{m}月{d}日",
            _ => $"{y}.{m:D2}.{d:D2}",
        };
    }

    /// <summary>A birth date as a ruling writes it after 民國: 58年6月5日.</summary>
    public string RocBirthDateWords() => $"{Int(35, 92)}年{Int(1, 12)}月{Int(1, 28)}日";

    public string Plate() => $"{string.Concat(Enumerable.Range(0, 3).Select(_ => PlateLetters[Random.Next(PlateLetters.Length)]))}-{Digits(4)}";

    public string Ubn()
    {
        while (true)
        {
            var candidate = Int(1, 9) + Digits(6);
            for (var last = 0; last < 10; last++)
            {
                if (NumberChecks.IsUbn(candidate + last))
                {
                    return candidate + last;
                }
            }
        }
    }

    public string PrivateEmail() =>
        $"{string.Concat(Enumerable.Range(0, Int(5, 9)).Select(_ => (char)('a' + Random.Next(26))))}{Int(1, 99)}@{Pick(new[] { "gmail.com", "yahoo.com.tw", "hotmail.com", "ms1.hinet.net" })}";

    public string OfficialMailbox(Agency agency) =>
        $"{string.Concat(Enumerable.Range(0, Int(3, 6)).Select(_ => (char)('a' + Random.Next(26))))}{Int(100, 9999)}@{agency.Domain}";

    /// <summary>An ROC date of issue, 中華民國115年3月5日.</summary>
    public string IssueDate() => $"中華民國115年{Int(1, 12)}月{Int(1, 28)}日";

    public string DocumentNumber(Agency agency) => $"{agency.WordPrefix}第115{Digits(7)}號";

    public Company Company(Agency agency) =>
        new(Pick(Pools.CompanyStems) + Pick(Pools.CompanyKinds),
            [agency.Address[0], agency.Address[1], Pick(Pools.Streets), $"{Int(1, 400)}號"],
            Landline(agency.Area), Ubn());

    private string WithCheckDigit(string nine, string type)
    {
        for (var last = 0; last < 10; last++)
        {
            if (IdChecksum.Classify(nine + last) == type)
            {
                return nine + last;
            }
        }

        throw new InvalidOperationException($"no check digit for {nine}");
    }
}
