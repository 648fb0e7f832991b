using DocScan.Core.Detection;

namespace DocScan.SampleDocs.Catalog;

/// <summary>Numbers that identify a person or a business: company, NHI card, passport, account, plate and card numbers.</summary>
public sealed partial class Plantings
{
    /// <summary>營利事業統一編號 (listed for the reviewer, not personal data).</summary>
    public string Ubn(string printed, string source)
    {
        var digits = NumberChecks.DigitsOf(printed);
        return NumberChecks.IsUbn(digits)
            ? Record(FindingTypes.Ubn, FindingMasks.Ubn(digits), source, printed)
            : throw new InvalidOperationException($"Planted company number {printed} fails its checksum.");
    }

    /// <summary>Eight digits that fail the 統一編號 checksum.</summary>
    public static string NotUbn(string printed) =>
        NumberChecks.IsUbn(NumberChecks.DigitsOf(printed))
            ? throw new InvalidOperationException($"Look-alike {printed} is a valid company number; pick another.")
            : printed;

    /// <summary>健保卡號: twelve digits, plain or in groups of four.</summary>
    public string NhiCard(string printed, string source)
    {
        var digits = NumberChecks.DigitsOf(printed);
        return digits.Length == 12
            ? Record(FindingTypes.NhiCard, FindingMasks.LastFour(digits), source, printed)
            : throw new InvalidOperationException($"{printed} is not a twelve-digit card number.");
    }

    /// <summary>A passport number: nine digits (Taiwan, USA) or letters and digits (TZ1234567, P3318870A).</summary>
    public string Passport(string printed, string source)
    {
        var value = IdChecksum.Normalize(printed);
        return value.Length is >= 7 and <= 11 && value.All(char.IsAsciiLetterOrDigit)
            ? Record(FindingTypes.Passport, FindingMasks.Passport(value), source, printed)
            : throw new InvalidOperationException($"{printed} is not shaped like a passport number.");
    }

    /// <summary>A bank or post-office account, dashed or not.</summary>
    public string BankAccount(string printed, string source)
    {
        var digits = NumberChecks.DigitsOf(printed);
        return digits.Length is >= 10 and <= 16
            ? Record(FindingTypes.BankAccount, FindingMasks.LastFour(digits), source, printed)
            : throw new InvalidOperationException($"{printed} is not an account number of 10 to 16 digits.");
    }

    /// <summary>A plate as printed with its dash (ABC-5678, 123-ABC); plates never use I or O.</summary>
    public string VehiclePlate(string printed, string source, bool hiddenSheet = false)
    {
        var value = IdChecksum.Normalize(printed);
        return value.Contains('-') && !value.Contains('I') && !value.Contains('O')
            ? Record(FindingTypes.VehiclePlate, FindingMasks.VehiclePlate(value), source, printed, hiddenSheet)
            : throw new InvalidOperationException($"{printed} is not written like a Taiwan plate.");
    }

    /// <summary>A payment card number with a valid Luhn digit, plain or in groups of four.</summary>
    public string CreditCard(string printed, string source)
    {
        var digits = NumberChecks.DigitsOf(printed);
        return NumberChecks.IsCardNumber(digits)
            ? Record(FindingTypes.CreditCard, FindingMasks.CreditCard(digits), source, printed)
            : throw new InvalidOperationException($"Planted card number {printed} fails the Luhn check or has no known issuer.");
    }

    /// <summary>A card-shaped number that is no card: wrong check digit or no issuer.</summary>
    public static string NotCreditCard(string printed) =>
        NumberChecks.IsCardNumber(NumberChecks.DigitsOf(printed))
            ? throw new InvalidOperationException($"Look-alike {printed} is a valid card number; pick another.")
            : printed;
}
