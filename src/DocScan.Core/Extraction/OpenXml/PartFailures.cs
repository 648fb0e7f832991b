namespace DocScan.Core.Extraction.OpenXml;

/// <summary>
/// Keeps one malformed part (a broken header, a damaged sheet) from stopping the whole document:
/// the part becomes a corrupt problem and the other parts are still read.
/// </summary>
internal sealed class PartFailures(ExtractionContext context, string documentName)
{
    /// <summary>The document as problems name it, container chain included.</summary>
    public string DocumentDisplay => context.DocumentWords(documentName);

    public void Guard(string partPath, Action read)
    {
        try
        {
            read();
        }
        catch (Exception ex) when (ex is not (ScanProblemException or OperationCanceledException or OutOfMemoryException))
        {
            context.AddProblem(ProblemCodes.Corrupt,
                $"「{DocumentDisplay}」的{Reporting.LocationWords.OfPart(partPath)}已損毀、無法解析，該部分未掃描。");
        }
    }
}
