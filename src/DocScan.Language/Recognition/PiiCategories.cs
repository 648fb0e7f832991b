using DocScan.Core.Detection;
using DocScan.Language.TextAnalytics;

namespace DocScan.Language.Recognition;

/// <summary>The service's categories DocScan asks for, and the finding type each one is reported as.</summary>
internal static class PiiCategories
{
    private static readonly Dictionary<PiiEntityCategory, string> Types = new()
    {
        [PiiEntityCategory.Person] = FindingTypes.PersonName,
        [PiiEntityCategory.TWNationalId] = FindingTypes.NationalId,
        [PiiEntityCategory.TWResidentCertificate] = FindingTypes.ResidentId,
        [PiiEntityCategory.TWPassportNumber] = FindingTypes.Passport,
        [PiiEntityCategory.PhoneNumber] = FindingTypes.Phone,
        [PiiEntityCategory.Email] = FindingTypes.Email,
        [PiiEntityCategory.Address] = FindingTypes.Address,
    };

    /// <summary>Asked for by name: the service's default set is long and changes between model versions.</summary>
    public static IReadOnlyList<PiiEntityCategory> Requested { get; } = Types.Keys.ToList();

    /// <summary>The finding type of a category, or null for one DocScan did not ask for.</summary>
    public static string? FindingType(PiiEntityCategory category) => Types.GetValueOrDefault(category);
}
