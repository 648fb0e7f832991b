using System.Text;
using DocScan.EvalCorpus;

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
var counts = CorpusFolder.Write(output, seed);
Console.WriteLine($"{counts.Values.Sum()} documents ({string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))}) written to {output} (seed {seed})");
return 0;
