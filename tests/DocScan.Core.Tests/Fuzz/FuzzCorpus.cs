using System.Text;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Fuzz;

/// <summary>An original the fuzz test damages: a file of sample-docs/, or one rewritten with object streams.</summary>
/// <param name="Label">How failures name it.</param>
/// <param name="FileName">The name it is scanned under (its extension matters to DocScan).</param>
internal sealed record FuzzSample(string Label, string FileName, byte[] Content)
{
    public string Format => Path.GetExtension(FileName).TrimStart('.').ToLowerInvariant()
        + (Label.EndsWith(ObjectStreamSuffix, StringComparison.Ordinal) ? "+objstm" : "");

    public const string ObjectStreamSuffix = " [object streams]";
}

/// <summary>Mutant <see cref="Index"/> of <see cref="Sample"/>, made from <see cref="Seed"/>.</summary>
internal sealed record Mutant(FuzzSample Sample, int Index, int Seed, Mutation Mutation)
{
    public string Describe() => $"{Sample.Label} #{Index} (seed {Seed}) {Mutation.Kind}: {Mutation.Detail}";
}

/// <summary>
/// The originals and their mutants. Deterministic: mutant i of a sample is made by a <see cref="Random"/>
/// seeded from the fixed seed, the sample's label and i, so the same seed gives the same bytes, and adding
/// a sample changes no other sample's mutants. The kinds take turns, so every sample gets every kind of
/// damage its format has.
/// </summary>
internal static class FuzzCorpus
{
    public const int FixedSeed = 20240520;

    public static IReadOnlyList<FuzzSample> Samples()
    {
        var folder = RepositoryRoot.Combine("sample-docs");
        var samples = Directory.EnumerateFiles(folder)
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .Select(f => new FuzzSample(f!, f!, File.ReadAllBytes(Path.Combine(folder, f!))))
            .ToList();

        // Every readable PDF again as qpdf --object-streams=generate would write it: object streams and
        // an xref stream are damaged in their own ways.
        var rewritten = samples
            .Where(s => s.FileName.EndsWith(".pdf", StringComparison.Ordinal) && PdfFile.Parse(s.Content) is { Layout: PdfLayout.Classic })
            .Select(s => new FuzzSample(s.Label + FuzzSample.ObjectStreamSuffix, s.FileName, PdfFile.Parse(s.Content)!.Write(PdfLayout.ObjectStreams).Bytes))
            .ToList();
        return [.. samples, .. rewritten];
    }

    public static Mutant Mutate(FuzzSample sample, int index)
    {
        var seed = Seed(sample.Label, index);
        var random = new Random(seed);
        var kinds = Mutators.KindsFor(sample.Content, sample.FileName);
        var kind = kinds[index % kinds.Count];
        return new Mutant(sample, index, seed, Mutators.Apply(kind, sample.Content, sample.FileName, random));
    }

    /// <summary>FNV-1a of the label and index, mixed with the fixed seed: stable across runs, machines and .NET versions.</summary>
    public static int Seed(string label, int index)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes($"{label}#{index}"))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash ^ FixedSeed) & int.MaxValue;
    }
}
