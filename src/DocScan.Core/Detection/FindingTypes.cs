namespace DocScan.Core.Detection;

/// <summary>The stable finding type ids of DESIGN.md.</summary>
public static class FindingTypes
{
    public const string NationalId = "national-id";
    public const string ResidentId = "resident-id";
    public const string MaskedNationalId = "masked-national-id";

    // Identifiers and contact data (group ubn–credit-card).
    public const string Ubn = "ubn";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string BirthDate = "birth-date";
    public const string Address = "address";
    public const string NhiCard = "nhi-card";
    public const string Passport = "passport";
    public const string BankAccount = "bank-account";
    public const string VehiclePlate = "vehicle-plate";
    public const string CreditCard = "credit-card";

    // Detector group B: names, land records, sensitive records, markings, e-mail and active content.
    public const string LandParcel = "land-parcel";
    public const string BuildingNumber = "building-number";
    public const string PersonName = "person-name";
    public const string EvaluatorName = "evaluator-name";
    public const string CriminalRecord = "criminal-record";
    public const string HealthRecord = "health-record";
    public const string ClassificationMarking = "classification-marking";
    public const string RecipientExposure = "recipient-exposure";
    public const string Macro = "macro";
}
