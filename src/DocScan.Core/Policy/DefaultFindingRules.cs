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
    ];

    public static FindingRule For(string type) =>
        All.FirstOrDefault(r => r.Type == type)
        ?? throw new ArgumentException($"No policy rule for finding type '{type}'.", nameof(type));
}
