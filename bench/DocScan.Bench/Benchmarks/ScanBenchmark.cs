using DocScan.Bench.Measurement;
using DocScan.Core.Scanning;

namespace DocScan.Bench.Benchmarks;

/// <summary>The whole pipeline, one document after another, as <c>docscan scan</c> runs it.</summary>
internal static class ScanBenchmark
{
    public static Timing Run(IReadOnlyList<string> files, int runs, out IReadOnlyDictionary<string, int> verdicts)
    {
        var scanner = new DocumentScanner(new ScanOptions());
        var counts = new Dictionary<string, int>();
        var timing = Timing.Measure(runs, TimeSpan.FromSeconds(5), async () =>
        {
            counts.Clear();
            foreach (var file in files)
            {
                var content = await File.ReadAllBytesAsync(file);
                var report = (await scanner.ScanAsync(content, new DocumentScanOptions { Name = Path.GetFileName(file), Location = file })).Report;
                var verdict = report.Verdict.ToString().ToLowerInvariant();
                counts[verdict] = counts.GetValueOrDefault(verdict) + 1;
            }
        });
        verdicts = counts;
        return timing;
    }
}
