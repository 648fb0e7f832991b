using System.Text.Encodings.Web;
using System.Text.Json;

namespace DocScan.SampleDocs.Catalog;

/// <summary>Writes <c>expected.json</c>: per document its verdict, problem codes and findings.</summary>
public static class ExpectedJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Keep file names and Chinese readable in the file instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static string Serialize(IEnumerable<SampleDocument> documents)
    {
        var root = new Root(documents
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .Select(d => new Document(d.File, d.Expected.Verdict, d.Expected.Problems, d.Expected.Findings))
            .ToList());
        return JsonSerializer.Serialize(root, Options) + "\n";
    }

    private sealed record Root(IReadOnlyList<Document> Documents);

    private sealed record Document(
        string File,
        string Verdict,
        IReadOnlyList<string> Problems,
        IReadOnlyList<ExpectedFinding> Findings);
}
