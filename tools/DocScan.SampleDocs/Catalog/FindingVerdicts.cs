using DocScan.Core.Detection;

namespace DocScan.SampleDocs.Catalog;

/// <summary>
/// What each finding type calls for under the shipped policy (DESIGN.md "Verdicts"), written out here
/// rather than read from the product, so that expected.json states the policy instead of copying it.
/// </summary>
public static class FindingVerdicts
{
    public const string Release = "release";
    public const string Redact = "redact";
    public const string DualDraft = "dual-draft";
    public const string Review = "review";
    public const string Block = "block";

    /// <summary>Weakest first: the strongest verdict a document earns wins.</summary>
    public static readonly string[] Ordered = [Release, Redact, DualDraft, Review, Block];

    public static int Rank(string verdict) => Array.IndexOf(Ordered, verdict);

    public static string Of(string type) => type switch
    {
        // Public register data, already masked IDs and company numbers are listed, not leaks.
        FindingTypes.MaskedNationalId or FindingTypes.Ubn or FindingTypes.LandParcel or FindingTypes.BuildingNumber => Release,
        // People exposed to each other: separate drafts per recipient.
        FindingTypes.EvaluatorName or FindingTypes.RecipientExposure => DualDraft,
        // Classified documents and active content never leave through this channel.
        FindingTypes.ClassificationMarking or FindingTypes.Macro => Block,
        FindingTypes.NationalId or FindingTypes.ResidentId or FindingTypes.Phone or FindingTypes.Email
            or FindingTypes.BirthDate or FindingTypes.Address or FindingTypes.NhiCard or FindingTypes.Passport
            or FindingTypes.BankAccount or FindingTypes.VehiclePlate or FindingTypes.CreditCard
            or FindingTypes.PersonName or FindingTypes.CriminalRecord or FindingTypes.HealthRecord => Redact,
        _ => throw new ArgumentException($"No verdict for finding type {type}.", nameof(type)),
    };
}
