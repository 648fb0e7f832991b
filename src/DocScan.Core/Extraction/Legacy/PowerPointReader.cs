namespace DocScan.Core.Extraction.Legacy;

internal static class PowerPointReader
{
    public static void Read(LegacyFile file, ExtractionContext context, CancellationToken cancellationToken) =>
        context.AddProblem(ProblemCodes.Unsupported, "PowerPoint 97–2003 簡報（.ppt）目前無法讀取；請另存為 .pptx 後重新送掃。");
}
