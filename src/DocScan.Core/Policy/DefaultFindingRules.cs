using DocScan.Core.Detection;

namespace DocScan.Core.Policy;

/// <summary>The shipped mapping from finding types to verdicts.</summary>
public static class DefaultFindingRules
{
    private static readonly string[] PersonalData = ["個人資料保護法第2條", "個人資料保護法第16條"];

    public static IReadOnlyList<FindingRule> All { get; } =
    [
        new(FindingTypes.NationalId, "身分證統一編號", Verdict.Redact, "personal-data", PersonalData),
        new(FindingTypes.ResidentId, "居留證統一證號", Verdict.Redact, "personal-data", PersonalData),
        // Printed masked on purpose (land transcripts); listed for the reviewer, not a leak by itself.
        new(FindingTypes.MaskedNationalId, "已遮蔽的身分證號", Verdict.Release, "masked-id", []),

        // Identifiers and contact data (group ubn–credit-card). A company number identifies a business,
        // not a natural person: listed for the reviewer only.
        new(FindingTypes.Ubn, "營利事業統一編號", Verdict.Release, "company-number", ["個人資料保護法第2條"]),
        new(FindingTypes.Phone, "電話號碼", Verdict.Redact, "personal-data", PersonalData),
        new(FindingTypes.Email, "電子郵件地址", Verdict.Redact, "personal-data", PersonalData),
        new(FindingTypes.BirthDate, "出生年月日", Verdict.Redact, "personal-data", PersonalData),
        new(FindingTypes.Address, "地址", Verdict.Redact, "personal-data", PersonalData),
        new(FindingTypes.NhiCard, "健保卡號", Verdict.Redact, "personal-data", PersonalData),
        new(FindingTypes.Passport, "護照號碼", Verdict.Redact, "personal-data", PersonalData),
        new(FindingTypes.BankAccount, "金融帳號", Verdict.Redact, "personal-data", PersonalData),
        new(FindingTypes.VehiclePlate, "車牌號碼", Verdict.Redact, "personal-data", PersonalData),
        new(FindingTypes.CreditCard, "信用卡號", Verdict.Redact, "personal-data", PersonalData),
    ];

    public static FindingRule For(string type) =>
        All.FirstOrDefault(r => r.Type == type)
        ?? throw new ArgumentException($"No policy rule for finding type '{type}'.", nameof(type));
}
