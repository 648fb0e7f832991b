namespace DocScan.Core.Tests.Rules;

/// <summary>An agency's own identifier declared in its rules file, and a letter that holds one.</summary>
internal static class CaseNumberRules
{
    // 臺北市政府社會局's case numbers: personal data in every letter about the case, unknown to the shipped detectors.
    public const string File = """
        {
          "custom": [
            {
              "id": "social-welfare-case",
              "label": "社福個案編號",
              "verdict": "redact",
              "basis": ["個人資料保護法第2條"],
              "patterns": [
                { "regex": "SW-\\d{4}-\\d{6}", "context": ["個案", "案號"], "within": 20 }
              ]
            }
          ]
        }
        """;

    public static readonly string[] Letter =
    [
        "臺北市政府社會局 函",
        "受文者：臺北市立聯合醫院",
        "主旨：有關本局個案編號SW-2025-004817之急難救助申請，請貴院惠予協助轉介，請查照。",
        "說明：依社會救助法第21條辦理。",
    ];
}
