using System.Globalization;
using static DocScan.Bench.Corpus.Vocabulary;

namespace DocScan.Bench.Corpus;

/// <summary>The small pieces of a letter: names, dates, addresses, phone numbers, amounts.</summary>
internal sealed class LetterParts(Random random)
{
    public SyntheticIds Ids { get; } = new(random);

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public bool Chance(double probability) => random.NextDouble() < probability;

    public int Between(int min, int maxInclusive) => random.Next(min, maxInclusive + 1);

    public string Name() => Pick(Surnames) + Pick(GivenNames);

    /// <summary>A Republic-of-China year (民國) near the present.</summary>
    public int RocYear() => Between(110, 114);

    /// <summary>A date in one of the forms official text uses.</summary>
    public string Date()
    {
        var (y, m, d) = (RocYear(), Between(1, 12), Between(1, 28));
        return Between(0, 5) switch
        {
            0 => $"{y}.{m:00}.{d:00}",
            1 => $"{y}/{m:00}/{d:00}",
            _ => $"{y}年{m}月{d}日",
        };
    }

    public string BirthDate()
    {
        var (y, m, d) = (Between(30, 95), Between(1, 12), Between(1, 28));
        return Chance(0.7) ? $"民國{y}年{m}月{d}日" : $"{y:000}/{m:00}/{d:00}";
    }

    /// <summary>發文字號: agency prefix, 字第, ROC year and a serial.</summary>
    public string DocumentNumber(string prefix) => $"{prefix}字第{RocYear()}{Ids.Digits(7)}號";

    public string Address()
    {
        var (county, district, _) = Pick(Districts);
        var village = Chance(0.3) ? $"{Pick(Villages)}{Between(1, 30)}鄰" : "";
        var lane = Chance(0.4) ? $"{Between(1, 300)}巷" : "";
        var alley = lane.Length > 0 && Chance(0.4) ? $"{Between(1, 20)}弄" : "";
        var floor = Chance(0.6) ? $"{Between(2, 15)}樓" + (Chance(0.2) ? $"之{Between(1, 5)}" : "") : "";
        return $"{county}{district}{village}{Pick(Roads)}{Pick(Sections)}{lane}{alley}{Between(1, 400)}號{floor}";
    }

    public string Phone() => Between(0, 4) switch
    {
        0 => $"09{Ids.Digits(2)}-{Ids.Digits(3)}-{Ids.Digits(3)}",
        1 => $"(02){Between(2, 8)}{Ids.Digits(3)}-{Ids.Digits(4)}分機{Between(100, 9999)}",
        2 => $"0{Between(3, 8)}-{Between(2, 8)}{Ids.Digits(6)}",
        3 => $"+886-9{Ids.Digits(2)}-{Ids.Digits(3)}-{Ids.Digits(3)}",
        _ => $"02-{Between(2, 8)}{Ids.Digits(7)}",
    };

    public string Email()
    {
        string[] users = ["chen", "lin", "huang", "wang", "yating", "jhhsu", "service", "ming"];
        string[] domains = ["gmail.com", "yahoo.com.tw", "mail.taipei.gov.tw", "ms1.hinet.net", "ntpc.gov.tw"];
        return $"{Pick(users)}{Between(1, 999)}@{Pick(domains)}";
    }

    public string Amount()
    {
        var yuan = Between(1, 2_000) * (Chance(0.5) ? 100 : 1_000);
        return Chance(0.3) && yuan >= 10_000
            ? $"新臺幣{yuan / 10_000}萬{yuan % 10_000:N0}元"
            : $"新臺幣{yuan.ToString("N0", CultureInfo.InvariantCulture)}元";
    }

    public string BankAccount() => $"{Pick(Banks)}帳號{Ids.Digits(3)}-{Ids.Digits(3)}-{Ids.Digits(6)}-{Ids.Digits(1)}";

    public string LandParcel() =>
        $"{Pick(["龍泉", "仁愛", "福德", "學府", "中興"])}段{Pick(["一", "二", "三"])}小段{Ids.Digits(4)}-0000地號";

    public string VehiclePlate() => $"{(char)('A' + Between(0, 25))}{(char)('A' + Between(0, 25))}{(char)('A' + Between(0, 25))}-{Ids.Digits(4)}";

    /// <summary>Some agencies type digits full-width (１１３年５月２０日); normalization has to map them back.</summary>
    public static string FullWidthDigits(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsAsciiDigit(source[i]) ? (char)(source[i] + 0xFEE0) : source[i];
            }
        });
}
