using DocScan.Core.Detection;

namespace DocScan.Core.Policy;

/// <summary>The shipped mapping from finding types to verdicts.</summary>
public static class DefaultFindingRules
{
    private static readonly string[] PersonalData = ["個人資料保護法第2條", "個人資料保護法第16條"];

    private static readonly string[] SensitiveData = ["個人資料保護法第6條"];

    public static IReadOnlyList<FindingRule> All { get; } =
    [
        new(FindingTypes.NationalId, "身分證統一編號", Verdict.Redact, "personal-data", PersonalData),
        new(FindingTypes.ResidentId, "居留證統一證號", Verdict.Redact, "personal-data", PersonalData),
        // Printed masked on purpose (land transcripts); listed for the reviewer, not a leak by itself.
        new(FindingTypes.MaskedNationalId, "已遮蔽的身分證號", Verdict.Release, "masked-id", []),

        // Identifiers and contact data (group ubn–credit-card). A company number identifies a business,
        // not a natural person: listed for the reviewer only.
        new(FindingTypes.Ubn, "營利事業統一編號", Verdict.Release, "company-number", []),
        new(FindingTypes.Phone, "電話號碼", Verdict.Redact, "personal-data", PersonalData),
        new(FindingTypes.Email, "電子郵件地址", Verdict.Redact, "personal-data", PersonalData),
        new(FindingTypes.BirthDate, "出生年月日", Verdict.Redact, "personal-data", PersonalData),
        new(FindingTypes.Address, "地址", Verdict.Redact, "personal-data", PersonalData),
        new(FindingTypes.NhiCard, "健保卡號", Verdict.Redact, "personal-data", PersonalData),
        new(FindingTypes.Passport, "護照號碼", Verdict.Redact, "personal-data", PersonalData),
        new(FindingTypes.BankAccount, "金融帳號", Verdict.Redact, "personal-data", PersonalData),
        new(FindingTypes.VehiclePlate, "車牌號碼", Verdict.Redact, "personal-data", PersonalData),
        new(FindingTypes.CreditCard, "信用卡號", Verdict.Redact, "personal-data", PersonalData),

        // Detector group B.
        new(FindingTypes.PersonName, "個人姓名", Verdict.Redact, "personal-data", PersonalData),
        new(FindingTypes.CriminalRecord, "前科紀錄", Verdict.Redact, "sensitive-data", SensitiveData),
        new(FindingTypes.HealthRecord, "病歷或健康資料", Verdict.Redact, "sensitive-data", SensitiveData),
        // Land records are public register data; they leak through the owner's name and ID beside them.
        new(FindingTypes.LandParcel, "土地地號", Verdict.Release, "land-record", []),
        new(FindingTypes.BuildingNumber, "建物建號", Verdict.Release, "land-record", []),
        new(FindingTypes.EvaluatorName, "評選委員姓名", Verdict.DualDraft, "evaluator-list",
            ["政府採購法第34條", "政府採購法第94條", "採購評選委員會組織準則第6條"]),
        new(FindingTypes.RecipientExposure, "未以密件副本寄送的外部收件者名單", Verdict.DualDraft, "recipient-exposure",
            ["個人資料保護法第2條", "刑法第132條第2項"]),
        new(FindingTypes.ClassificationMarking, "機密等級標示", Verdict.Block, "classified", ["國家機密保護法", "刑法第132條"]),
        new(FindingTypes.Macro, "巨集或可執行內容", Verdict.Block, "active-content", ["資通安全管理法"]),
    ];

    public static FindingRule For(string type) =>
        All.FirstOrDefault(r => r.Type == type)
        ?? throw new ArgumentException($"No policy rule for finding type '{type}'.", nameof(type));
}
