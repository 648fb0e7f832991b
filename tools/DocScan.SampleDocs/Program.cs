using System.Text;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Odf;

// Regenerates the sample folder and what it must scan as:
//   dotnet run --project tools/DocScan.SampleDocs -- sample-docs tests/sample-docs.expected.json
// The expectations stay out of the folder, so that scanning it scans documents only.
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

var output = Path.GetFullPath(args.Length > 0 ? args[0] : "sample-docs");
var expectedPath = Path.GetFullPath(args.Length > 1 ? args[1] : Path.Combine("tests", "sample-docs.expected.json"));
var documents = SampleCatalog.All.SelectMany(sample => sample.Build()).ToList();
documents.AddRange(new LibreOfficeConversions(output).Convert(documents).ToList());
var duplicate = documents.GroupBy(d => d.File).FirstOrDefault(g => g.Count() > 1);
if (duplicate is not null)
{
    throw new InvalidOperationException($"Two samples are named {duplicate.Key}.");
}

Directory.CreateDirectory(output);
foreach (var document in documents)
{
    var path = Path.Combine(output, document.File);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllBytes(path, document.Content);
}

File.WriteAllText(expectedPath, ExpectedJsonWriter.Serialize(documents), new UTF8Encoding(false));

var known = documents.Select(d => d.File).ToHashSet();
foreach (var stale in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
             .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
             .Where(f => !known.Contains(f)))
{
    Console.Error.WriteLine($"warning: {stale} is not produced by the generator any more; delete it if it is stale.");
}

foreach (var document in documents.OrderBy(d => d.File, StringComparer.Ordinal))
{
    var problems = document.Expected.Problems.Count > 0 ? $" [{string.Join(", ", document.Expected.Problems)}]" : "";
    Console.WriteLine($"{document.Expected.Verdict,-8} {document.Expected.Findings.Count,2} findings  {document.File}{problems}");
}

Console.WriteLine($"{documents.Count} documents written to {output}, what they must scan as to {expectedPath}");
