using System.Text;
using DocScan.Evaluation;

namespace DocScan.EvalCorpus;

/// <summary>Writes the corpus as <c>docscan eval</c> reads it: each document with its <c>.expected.json</c> beside it.</summary>
public static class CorpusFolder
{
    /// <summary>Replaces <paramref name="output"/> with the corpus of <paramref name="seed"/>; returns how many documents each verdict got.</summary>
    public static IReadOnlyDictionary<string, int> Write(string output, int seed = Corpus.DefaultSeed)
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        Directory.CreateDirectory(output);
        var utf8 = new UTF8Encoding(false);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in Corpus.Generate(seed))
        {
            File.WriteAllBytes(Path.Combine(output, file.File), file.Content);
            File.WriteAllText(Path.Combine(output, file.File + DocumentLabels.Suffix), file.Labels.ToJson(), utf8);
            counts[file.Labels.Verdict] = counts.GetValueOrDefault(file.Labels.Verdict) + 1;
        }

        return counts;
    }
}
