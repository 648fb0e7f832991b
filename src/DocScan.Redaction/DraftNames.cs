namespace DocScan.Redaction;

/// <summary>
/// Where each file of a package goes, relative to the package's folder: <c>release/</c> may be sent once
/// approved, <c>internal/</c> stays with the agency. Names start from the report's masked document name,
/// since a file name can itself carry an ID.
/// </summary>
internal sealed class DraftNames(string maskedName)
{
    // JSON files keep the whole name: 簽呈.docx and 簽呈.pdf in one folder must not share a summary.
    private readonly string _stem = Path.GetFileNameWithoutExtension(maskedName);
    private readonly string _extension = Path.GetExtension(maskedName);

    public string Redacted => $"release/{_stem}.redacted{_extension}";

    public string Release => $"release/{_stem}.release{_extension}";

    public string Recipient(int number) => $"release/{_stem}.recipient-{number:00}{_extension}";

    public string Full => $"internal/{_stem}.internal{_extension}";

    public string EvaluatorCodes => $"internal/{maskedName}.evaluator-codes.json";

    public string Summary => $"{maskedName}.draft.json";
}
