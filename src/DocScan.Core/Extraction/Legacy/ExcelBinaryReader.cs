namespace DocScan.Core.Extraction.Legacy;

internal static class ExcelBinaryReader
{
    public static void Read(LegacyFile file, ExtractionContext context, CancellationToken cancellationToken) =>
        context.AddProblem(ProblemCodes.Unsupported, "Excel 97–2003 活頁簿（.xls）目前無法讀取；請另存為 .xlsx 後重新送掃。");
}
