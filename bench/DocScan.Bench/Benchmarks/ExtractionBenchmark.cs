using DocScan.Bench.Measurement;
using DocScan.Core.Extraction;
using DocScan.Core.Formats;
using DocScan.Core.Scanning;

namespace DocScan.Bench.Benchmarks;

/// <summary>
/// DocScan's extraction (through <see cref="DocumentExtractor"/>, as the scanner calls it) against a
/// command-line tool on the same files. Both sides read the file from disk on every run; the tool's
/// time also holds its process start-up, which DocScan, running in-process, does not pay.
/// </summary>
internal sealed class ExtractionBenchmark(string tool, Func<string, string[]> toolArguments)
{
    private static readonly string[] Unopenable = [ProblemCodes.Encrypted, ProblemCodes.Corrupt, ProblemCodes.Unsupported, ProblemCodes.Timeout];
    private readonly DocumentExtractor _extractor = DocumentExtractor.CreateDefault();

    /// <summary>Splits files into those both sides open and the reasons the others were left out.</summary>
    public (List<string> Open, List<string> Skipped) Partition(IEnumerable<string> files)
    {
        var open = new List<string>();
        var skipped = new List<string>();
        foreach (var file in files)
        {
            var result = Extract(file);
            var problems = result.Problems.Where(p => Unopenable.Contains(p.Code)).Select(p => p.Code).ToList();
            var exitCode = ExternalTool.Run(tool, toolArguments(file));
            if (problems.Count == 0 && exitCode == 0)
            {
                open.Add(file);
            }
            else
            {
                var docScan = $"{FormatNames.Id(result.Sniff.Format)}, {(problems.Count == 0 ? "opens" : string.Join(",", problems.Distinct()))}";
                skipped.Add($"{Path.GetFileName(file)} (DocScan: {docScan}; {tool}: exit {exitCode})");
            }
        }

        return (open, skipped);
    }

    public ExtractionRow Measure(string label, IReadOnlyList<string> files, int runs) =>
        new(label, tool, files, DocScan(files, runs), Tool(files, runs), DocScanChars(files), ToolChars(files));

    public Timing DocScan(IReadOnlyList<string> files, int runs) => Timing.Measure(runs, TimeSpan.FromSeconds(5), () =>
    {
        foreach (var file in files)
        {
            Extract(file);
        }
    });

    public Timing Tool(IReadOnlyList<string> files, int runs) => Timing.MeasureChildren(runs, () =>
    {
        foreach (var file in files)
        {
            ExternalTool.RunOrThrow(tool, toolArguments(file));
        }
    });

    /// <summary>Characters DocScan extracted, to show both sides did comparable work.</summary>
    public long DocScanChars(IEnumerable<string> files) => files.Sum(f => Extract(f).Segments.Sum(s => (long)s.Text.Length));

    /// <summary>Characters the tool wrote to standard output.</summary>
    public long ToolChars(IEnumerable<string> files) => files.Sum(f => (long)(ExternalTool.Output(tool, toolArguments(f))?.Length ?? 0));

    private ExtractionResult Extract(string file) =>
        _extractor.ExtractAsync(File.ReadAllBytes(file), Path.GetFileName(file), ScanLimits.Default, CancellationToken.None)
            .GetAwaiter().GetResult();
}

/// <summary>One input set measured on both sides.</summary>
internal sealed record ExtractionRow(
    string Label, string Tool, IReadOnlyList<string> Files, Timing DocScan, Timing ToolTiming, long DocScanChars, long ToolChars);
