using System.Text;
using DocScan.Bench.Benchmarks;
using DocScan.Bench.Corpus;
using DocScan.Bench.Measurement;

namespace DocScan.Bench;

/// <summary>Everything one run measured, written as plain tables with the machine that produced them.</summary>
internal sealed class Report(string root, int runs, int detectorRuns, string loadBefore, string loadAfter)
{
    /// <summary>Issue 3's acceptance line: MB/s of text, one core, every detector.</summary>
    private const double TargetMegabytesPerSecond = 50;

    public required DetectionCorpus Corpus { get; init; }
    public required Timing AllDetectors { get; init; }
    public required IReadOnlyDictionary<string, int> FindingsByType { get; init; }
    public required Timing Ripgrep { get; init; }
    public required string RipgrepLines { get; init; }
    public required Timing Baseline { get; init; }
    public required Timing Normalization { get; init; }
    public required IReadOnlyList<(string Id, string Type, Timing Timing, int Findings)> PerDetector { get; init; }
    public required IReadOnlyList<ExtractionRow> Extraction { get; init; }
    public required IReadOnlyList<string> Skipped { get; init; }
    public required IReadOnlyList<string> ScanFiles { get; init; }
    public required Timing Scan { get; init; }
    public required IReadOnlyDictionary<string, int> Verdicts { get; init; }
    public required IReadOnlyList<(string Tool, Timing Timing)> StartUps { get; init; }

    private double Megabytes => Corpus.Utf8Bytes / 1e6;

    public void Write(TextWriter output)
    {
        output.WriteLine($"DocScan benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        output.WriteLine();
        output.WriteLine("Machine");
        foreach (var (name, value) in MachineInfo.Describe().Append(("load average", $"{loadBefore} (start), {loadAfter} (end)")))
        {
            output.WriteLine($"  {name + ":",-15} {value}");
        }

        output.WriteLine();
        output.WriteLine($"Median of {runs} runs (ripgrep {Ripgrep.Runs}, detectors alone {detectorRuns}) after a warm-up: DocScan runs repeatedly for");
        output.WriteLine($"{DetectionBenchmark.WarmUp.TotalSeconds:0} s before detection is timed ({DetectionBenchmark.ShortWarmUp.TotalSeconds:0} s per single detector, 5 s for extraction and scan), and on until");
        output.WriteLine($"{Timing.SettledRuns} runs in a row agree within {(Timing.SettledSpread - 1) * 100:0}% (at most {Timing.MaxWarmUpFactor} times as long), so the runtime's");
        output.WriteLine("recompilation of hot code is over (steady state, as in a long-running service); tools run once first.");
        output.WriteLine("Each cell: wall-clock / CPU time (getrusage: this process, or the tool's process). On a busy");
        output.WriteLine("machine wall-clock also counts waiting for the core; CPU time is the cost of the work itself.");
        output.WriteLine("MB = 10^6 bytes; detection MB/s counts the corpus as UTF-8 bytes, the file ripgrep reads.");
        output.WriteLine("ratio = DocScan speed / tool speed on the same input: 0.5 = half as fast, 2 = twice as fast.");
        output.WriteLine();
        WriteSummary(output);
        WriteDetection(output);
        WriteExtraction(output);
        output.WriteLine($"4. Whole scan: sniff, extract, normalize, detect, decide, report, {ScanFiles.Count} files one after another: {Pair(Scan.Seconds, Scan.CpuSeconds, "0.000")} s");
        output.WriteLine($"   first, cold pass: {Scan.First.TotalSeconds:0.000} s = {ScanFiles.Count / Scan.First.TotalSeconds:0.0} docs/s wall");
        output.WriteLine($"   verdicts: {Counts(Verdicts)}");
    }

    private void WriteSummary(TextWriter output)
    {
        var summary = new TextTable("measurement", "input", "DocScan", "tool", "ratio");
        summary.Add("1. detection, all detectors", $"{Megabytes:0.0} MB of text",
            $"{Pair(Megabytes / AllDetectors.Seconds, Megabytes / AllDetectors.CpuSeconds, "0.0")} MB/s",
            $"rg {Pair(Megabytes / Ripgrep.Seconds, Megabytes / Ripgrep.CpuSeconds, "0")} MB/s", Ratio(Ripgrep, AllDetectors));
        foreach (var row in Extraction)
        {
            var step = row.Tool == "pdftotext" ? "2. PDF text extraction" : "3. DOCX text extraction";
            summary.Add(step, $"{row.Label} ({Describe(row.Files)})",
                $"{Pair(row.DocScan.Median.TotalMilliseconds, row.DocScan.CpuMedian.TotalMilliseconds, "0")} ms",
                $"{row.Tool} {Pair(row.ToolTiming.Median.TotalMilliseconds, row.ToolTiming.CpuMedian.TotalMilliseconds, "0")} ms",
                Ratio(row.ToolTiming, row.DocScan));
        }

        summary.Add("4. whole scan (DocumentScanner)", $"sample-docs ({Describe(ScanFiles)})",
            $"{Pair(ScanFiles.Count / Scan.Seconds, ScanFiles.Count / Scan.CpuSeconds, "0.0")} docs/s", "", "");
        output.WriteLine(summary);
    }

    private void WriteDetection(TextWriter output)
    {
        var wall = Megabytes / AllDetectors.Seconds;
        var cpu = Megabytes / AllDetectors.CpuSeconds;
        output.WriteLine("1. Detection");
        output.WriteLine($"   corpus: {Corpus.Documents.Count:N0} generated letters (half as Word paragraphs and table cells, half as PDF lines),");
        output.WriteLine($"   {Corpus.Segments:N0} segments, {Corpus.Chars:N0} characters = {Megabytes:0.0} MB UTF-8 = {Corpus.Chars * 2 / 1e6:0.0} MB UTF-16; seed {DetectionCorpus.Seed}; {Path.GetRelativePath(root, Corpus.FilePath)}");
        var segments = Corpus.Documents.SelectMany(d => d.Segments).ToList();
        var mapped = segments.Count(s => !s.Text.IsNormalized(NormalizationForm.FormKC));
        output.WriteLine($"   {Corpus.Chars / (double)Corpus.Segments:0.0} characters per segment on average; {mapped * 100.0 / segments.Count:0}% of segments are not NFKC already (full-width punctuation) and need an offset map");
        output.WriteLine("   DocScan: FindingDetector, every detector the registry creates for ScanRules.Default, normalization and context included, one thread,");
        output.WriteLine("   document by document: each document's findings are counted and let go, as the scanner lets them go once its report is written");
        output.WriteLine($"   DocScan: {Pair(AllDetectors.Seconds, AllDetectors.CpuSeconds, "0.000")} s = {Pair(wall, cpu, "0.0")} MB/s UTF-8 = {Pair(Corpus.Chars / 1e6 / AllDetectors.Seconds, Corpus.Chars / 1e6 / AllDetectors.CpuSeconds, "0.0")} M chars/s");
        output.WriteLine($"   first, cold run (before the runtime has optimized the code, as at the start of `docscan scan`): {AllDetectors.First.TotalSeconds:0.000} s = {Megabytes / AllDetectors.First.TotalSeconds:0.0} MB/s wall");
        output.WriteLine($"   fastest run: {Pair(AllDetectors.Min.TotalSeconds, AllDetectors.CpuMin.TotalSeconds, "0.000")} s = {Pair(Megabytes / AllDetectors.Min.TotalSeconds, Megabytes / AllDetectors.CpuMin.TotalSeconds, "0.0")} MB/s; slowest wall-clock run {AllDetectors.Max.TotalSeconds:0.000} s");
        output.WriteLine($"   findings: {(FindingsByType.Count == 0 ? "none" : Counts(FindingsByType))}");
        output.WriteLine($"   ripgrep: rg --no-config -j1 -c '{DetectionBenchmark.RipgrepPattern}', one process per run: {Pair(Ripgrep.Median.TotalMilliseconds, Ripgrep.CpuMedian.TotalMilliseconds, "0.0")} ms, {RipgrepLines} matching lines");
        output.WriteLine($"   acceptance (issue 3, >= {TargetMegabytesPerSecond} MB/s of text on one core, every detector): {(cpu >= TargetMegabytesPerSecond ? "MET" : "NOT MET")} ({Pair(wall, cpu, "0.0")} MB/s median; judged on the median CPU time)");
        output.WriteLine();

        var table = new TextTable("detector alone (plus baseline)", "finding type", "findings", "seconds", "MB/s", "CPU s beyond baseline");
        table.Add("baseline: normalization + context, no detector", "", "", Pair(Baseline.Seconds, Baseline.CpuSeconds, "0.000"), Pair(Megabytes / Baseline.Seconds, Megabytes / Baseline.CpuSeconds, "0.0"), "");
        table.Add("  of which TextNormalizer.Normalize", "", "", Pair(Normalization.Seconds, Normalization.CpuSeconds, "0.000"), Pair(Megabytes / Normalization.Seconds, Megabytes / Normalization.CpuSeconds, "0.0"), "");
        foreach (var (id, type, timing, count) in PerDetector.OrderByDescending(d => d.Timing.CpuMedian))
        {
            table.Add(id, type, count.ToString("N0"), Pair(timing.Seconds, timing.CpuSeconds, "0.000"),
                Pair(Megabytes / timing.Seconds, Megabytes / timing.CpuSeconds, "0.0"), $"{Math.Max(0, timing.CpuSeconds - Baseline.CpuSeconds):0.000}");
        }

        output.WriteLine(table);
    }

    private void WriteExtraction(TextWriter output)
    {
        output.WriteLine("2./3. Extraction: both sides read each file from disk on every run; the tools also start one process per file.");
        foreach (var row in Extraction)
        {
            output.WriteLine($"   {row.Label}: DocScan extracted {row.DocScanChars:N0} characters, {row.Tool} printed {row.ToolChars:N0}");
        }

        output.WriteLine($"   start-up alone: {string.Join(", ", StartUps.Select(s => $"{s.Tool} {Pair(s.Timing.Median.TotalMilliseconds, s.Timing.CpuMedian.TotalMilliseconds, "0.0")} ms"))}");
        foreach (var skipped in Skipped)
        {
            output.WriteLine($"   left out: {skipped}");
        }

        output.WriteLine();
    }

    private static string Pair(double wall, double cpu, string format) => $"{wall.ToString(format)} / {cpu.ToString(format)}";

    private static string Ratio(Timing tool, Timing docScan) =>
        Pair(tool.Seconds / docScan.Seconds, tool.CpuSeconds / docScan.CpuSeconds, "0.000");

    private static string Counts(IReadOnlyDictionary<string, int> counts) =>
        string.Join(", ", counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value:N0}"));

    private static string Describe(IReadOnlyCollection<string> files) =>
        $"{files.Count} file{(files.Count == 1 ? "" : "s")}, {files.Sum(f => new FileInfo(f).Length) / 1e6:0.00} MB";
}
