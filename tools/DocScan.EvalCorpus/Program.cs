using System.Text;
using DocScan.EvalCorpus;
using DocScan.Evaluation;

// Writes the evaluation corpus: dotnet run --project tools/DocScan.EvalCorpus -- bench/out/eval-corpus [--seed N]
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
if (args.Length == 0 || args[0].StartsWith('-'))
{
    Console.Error.WriteLine("usage: DocScan.EvalCorpus <output folder> [--seed N]");
    return 2;
}

var output = Path.GetFullPath(args[0]);
var seedAt = Array.IndexOf(args, "--seed");
var seed = seedAt > 0 && seedAt + 1 < args.Length ? int.Parse(args[seedAt + 1]) : Corpus.DefaultSeed;
if (Directory.Exists(output))
{
    Directory.Delete(output, recursive: true);
}

Directory.CreateDirectory(output);
var utf8 = new UTF8Encoding(false);
var counts = new Dictionary<string, int>();
foreach (var file in Corpus.Generate(seed))
{
    File.WriteAllBytes(Path.Combine(output, file.File), file.Content);
    File.WriteAllText(Path.Combine(output, file.File + DocumentLabels.Suffix), file.Labels.ToJson(), utf8);
    counts[file.Labels.Verdict] = counts.GetValueOrDefault(file.Labels.Verdict) + 1;
}

Console.WriteLine($"{counts.Values.Sum()} documents ({string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"))}) written to {output} (seed {seed})");
return 0;
