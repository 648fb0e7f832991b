using DocScan.Core.Detection;
using DocScan.Core.Documents;
using DocScan.Core.Extraction;
using DocScan.Core.Policy;

namespace DocScan.Core.Reporting;

/// <summary>How verdicts and sources read for a records clerk (terminal summary, HTML report); locations read as <see cref="LocationWords"/> says.</summary>
public static class Labels
{
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Release => "可發出",
        Verdict.Redact => "須遮蔽",
        Verdict.DualDraft => "須分稿",
        Verdict.Review => "須人工確認",
        Verdict.Block => "禁止發出",
        _ => verdict.ToString(),
    };

    public static string OfSource(string source) => source switch
    {
        SegmentSources.Body => "內文",
        SegmentSources.Table => "表格",
        SegmentSources.Header => "頁首",
        SegmentSources.Footer => "頁尾",
        SegmentSources.Footnote => "註腳",
        SegmentSources.Endnote => "章節附註",
        SegmentSources.Comment => "註解",
        SegmentSources.TextBox => "文字方塊",
        SegmentSources.TrackedInsertion => "追蹤修訂（插入）",
        SegmentSources.TrackedDeletion => "追蹤修訂（已刪除）",
        SegmentSources.HiddenText => "隱藏文字",
        SegmentSources.Metadata => "文件屬性",
        SegmentSources.Page => "PDF 頁面",
        SegmentSources.Image => "圖片（OCR）",
        SegmentSources.Sheet => "工作表",
        SegmentSources.Slide => "投影片",
        SegmentSources.Notes => "備忘稿",
        SegmentSources.EmailHeader => "郵件標頭",
        SegmentSources.EmailBody => "郵件內文",
        SegmentSources.Attachment => "附件名稱",
        SegmentSources.FileName => "檔名",
        SegmentSources.Di => "公文",
        _ => source,
    };

    public static string OfProblem(string code) => code switch
    {
        ProblemCodes.Encrypted => "已加密",
        ProblemCodes.Corrupt => "檔案損毀",
        ProblemCodes.Unsupported => "格式不支援",
        ProblemCodes.NeedsOcr => "僅有影像，需 OCR",
        ProblemCodes.LowOcrConfidence => "影像文字辨識信心不足",
        ProblemCodes.UnreadableText => "文字無法辨讀",
        ProblemCodes.TooLarge => "過大或疑似壓縮炸彈",
        ProblemCodes.TooDeep => "附件層數過深",
        ProblemCodes.ExtensionMismatch => "副檔名與內容不符",
        ProblemCodes.Timeout => "解析逾時",
        ProblemCodes.MissingAttachment => "附件未一併送掃",
        ProblemCodes.ScanFailed => "掃描失敗",
        _ => code,
    };

    /// <summary>Whose a finding is, for a clerk (wwwroot/labels.js says the same).</summary>
    public static string Of(FindingRole role) => role switch
    {
        FindingRole.Official => "機關公務資料",
        FindingRole.Organisation => "機構資料",
        _ => "個人資料",
    };

    /// <summary>The finding type's name for a clerk (身分證統一編號); the id itself when the catalogue does not name it.</summary>
    public static string OfFindingType(string type) => FindingCatalogue.Contains(type) ? FindingCatalogue.For(type).Label : type;

    /// <summary>The finding's type as a clerk reads it: a custom type's label from the rules file, a shipped type's from the catalogue.</summary>
    public static string OfFinding(ReportFinding finding) => finding.Label ?? OfFindingType(finding.Type);
}
