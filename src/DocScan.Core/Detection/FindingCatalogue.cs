using DocScan.Core.Detection.Common;
using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Policy;

namespace DocScan.Core.Detection;

/// <summary>
/// The stable finding type ids of DESIGN.md, for code that names a type. Each has its one definition in
/// <see cref="FindingCatalogue"/> below: a new type is a constant here and an entry there, in this file.
/// </summary>
public static class FindingTypes
{
    public const string NationalId = "national-id";
    public const string ResidentId = "resident-id";
    public const string MaskedNationalId = "masked-national-id";
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

/// <summary>
/// One definition per shipped finding type. The detector registry, the verdict policy and the labels read
/// it; what cannot read it at run time (rules.schema.json, the reviewer page's labels.js, the README's
/// table) is checked against it by tests. Detectors run in this order.
/// </summary>
public static class FindingCatalogue
{
    private static readonly string[] PersonalData = ["個人資料保護法第2條", "個人資料保護法第16條"];

    private static readonly string[] SensitiveData = ["個人資料保護法第6條"];

    public static IReadOnlyList<FindingTypeDefinition> All { get; } =
    [
        new(FindingTypes.NationalId, "身分證統一編號", Verdict.Redact, "personal-data", PersonalData)
            { TextDetector = _ => new NationalIdDetector() },
        new(FindingTypes.ResidentId, "居留證統一證號", Verdict.Redact, "personal-data", PersonalData)
            { TextDetector = _ => new ResidentIdDetector() },
        // Printed masked on purpose (land transcripts); listed for the reviewer, not a leak by itself.
        new(FindingTypes.MaskedNationalId, "已遮蔽的身分證號", Verdict.Release, "masked-id", [])
            { TextDetector = _ => new MaskedNationalIdDetector() },

        // A company number identifies a business, not a natural person: listed for the reviewer only.
        new(FindingTypes.Ubn, "營利事業統一編號", Verdict.Release, "company-number", [])
            { TextDetector = _ => new UbnDetector() },
        new(FindingTypes.Phone, "電話號碼", Verdict.Redact, "personal-data", PersonalData)
            { TextDetector = rules => new PhoneDetector(rules) },
        new(FindingTypes.Email, "電子郵件地址", Verdict.Redact, "personal-data", PersonalData)
            { TextDetector = rules => new EmailDetector(rules) },
        new(FindingTypes.BirthDate, "出生年月日", Verdict.Redact, "personal-data", PersonalData)
            { TextDetector = _ => new BirthDateDetector() },
        new(FindingTypes.Address, "地址", Verdict.Redact, "personal-data", PersonalData)
            { TextDetector = rules => new AddressDetector(rules) },
        new(FindingTypes.NhiCard, "健保卡號", Verdict.Redact, "personal-data", PersonalData)
            { TextDetector = _ => new NhiCardDetector() },
        new(FindingTypes.Passport, "護照號碼", Verdict.Redact, "personal-data", PersonalData)
            { TextDetector = _ => new PassportDetector() },
        new(FindingTypes.BankAccount, "金融帳號", Verdict.Redact, "personal-data", PersonalData)
            { TextDetector = _ => new BankAccountDetector() },
        new(FindingTypes.VehiclePlate, "車牌號碼", Verdict.Redact, "personal-data", PersonalData)
            { TextDetector = _ => new VehiclePlateDetector() },
        new(FindingTypes.CreditCard, "信用卡號", Verdict.Redact, "personal-data", PersonalData)
            { TextDetector = _ => new CreditCardDetector() },

        // Land records are public register data; they leak through the owner's name and ID beside them.
        new(FindingTypes.LandParcel, "土地地號", Verdict.Release, "land-record", [])
            { TextDetector = _ => new LandParcelDetector() },
        new(FindingTypes.BuildingNumber, "建物建號", Verdict.Release, "land-record", [])
            { TextDetector = _ => new BuildingNumberDetector() },
        new(FindingTypes.PersonName, "個人姓名", Verdict.Redact, "personal-data", PersonalData)
            { TextDetector = rules => new PersonNameDetector(rules) },
        new(FindingTypes.EvaluatorName, "評選委員姓名", Verdict.DualDraft, "evaluator-list",
            ["政府採購法第34條", "政府採購法第94條", "採購評選委員會組織準則第6條"])
            { TextDetector = rules => new EvaluatorNameDetector(rules) },
        new(FindingTypes.CriminalRecord, "前科紀錄", Verdict.Redact, "sensitive-data", SensitiveData)
            { TextDetector = _ => SensitiveRecordDetector.Criminal },
        new(FindingTypes.HealthRecord, "病歷或健康資料", Verdict.Redact, "sensitive-data", SensitiveData)
            { TextDetector = _ => SensitiveRecordDetector.Health },
        new(FindingTypes.ClassificationMarking, "機密等級標示", Verdict.Block, "classified", ["國家機密保護法", "刑法第132條"])
            { TextDetector = _ => new ClassificationMarkingDetector() },
        new(FindingTypes.RecipientExposure, "未以密件副本寄送的外部收件者名單", Verdict.DualDraft, "recipient-exposure",
            ["個人資料保護法第2條", "刑法第132條第2項"])
            { DocumentDetector = rules => new RecipientExposureDetector(rules) },
        new(FindingTypes.Macro, "巨集或可執行內容", Verdict.Block, "active-content", ["資通安全管理法"])
            { DocumentDetector = _ => new MacroDetector() },
    ];

    private static readonly Dictionary<string, FindingTypeDefinition> ById = All.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public static bool Contains(string type) => ById.ContainsKey(type);

    /// <summary>The shipped definition of <paramref name="type"/>.</summary>
    public static FindingTypeDefinition For(string type) =>
        ById.TryGetValue(type, out var definition)
            ? definition
            : throw new ArgumentException($"No finding type '{type}' in the catalogue.", nameof(type));
}
