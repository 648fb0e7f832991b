using DocScan.Core.Extraction;
using DocScan.Core.Formats;
using DocScan.Core.Policy;
using DocScan.Core.Reporting;

namespace DocScan.Storage;

/// <summary>Reports for documents the scanner never finished: they are never released, and the report says why.</summary>
internal static class UnscannedReports
{
    private static readonly string[] FailClosedBasis = ["個人資料保護法第27條", "DocScan 原則：未能完整檢查者不得放行"];

    public static ScanReport TooLarge(IDocumentScanEngine engine, SourceDocument document, string sha256)
    {
        var problem = new ScanProblem(ProblemCodes.TooLarge,
            $"檔案大小 {document.Length / (1024 * 1024):N0} MB，超過 {engine.Limits.MaxDocumentBytes / (1024 * 1024):N0} MB 上限，未掃描。");
        var (verdict, reasons) = VerdictPolicy.Decide([], [problem], engine.Rules);
        return Build(engine, document, sha256, verdict, reasons, problem);
    }

    /// <summary>Quarantine: the scanner failed on this document every time it was tried.</summary>
    public static ScanReport Failed(IDocumentScanEngine engine, SourceDocument document, string sha256, int attempts, string? lastError)
    {
        var why = lastError is null
            ? "沒有留下錯誤訊息，處理程序可能在掃描途中中止（例如記憶體不足或執行逾時）"
            : $"最後一次的錯誤：{lastError}";
        var problem = new ScanProblem(ProblemCodes.ScanFailed, $"掃描已嘗試 {attempts} 次，都沒有完成；{why}。");
        var reason = new Reason(ProblemCodes.ScanFailed,
            "DocScan 無法完成掃描，文件已隔離，不得發出；請資訊人員查明原因，或由審核人員以人工方式檢查。", FailClosedBasis);
        return Build(engine, document, sha256, Verdict.Block, [reason], problem);
    }

    private static ScanReport Build(IDocumentScanEngine engine, SourceDocument document, string sha256,
        Verdict verdict, IReadOnlyList<Reason> reasons, ScanProblem problem) => new()
    {
        Document = new DocumentInfo(engine.Mask(document.FileName), FormatNames.Id(FileFormat.Unknown), sha256, document.Length),
        Verdict = verdict,
        Reasons = reasons,
        Findings = [],
        Problems = [problem],
        RulesVersion = engine.RulesVersion,
    };
}
