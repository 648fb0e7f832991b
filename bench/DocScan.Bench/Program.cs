using System.Globalization;
using DocScan.Bench;
using DocScan.Bench.Benchmarks;
using DocScan.Bench.Corpus;
using DocScan.Bench.Measurement;

// The report goes to standard output; progress to standard error, so `| tee` keeps only the report.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var root = Option("--root") ?? FindRoot();
var corpusMegabytes = int.Parse(Option("--corpus-mb") ?? "24");
var runs = int.Parse(Option("--runs") ?? "7");
var outDirectory = Path.Combine(root, "bench", "out");
Directory.CreateDirectory(outDirectory);
var samples = Path.Combine(root, "sample-docs");
var loadBefore = MachineInfo.LoadAverage();

Progress($"generating a corpus of at least {corpusMegabytes} MB");
var corpus = DetectionCorpus.Generate(outDirectory, corpusMegabytes * 1_000_000L);

Progress("detection, all detectors");
var all = DetectionBenchmark.AllDetectors(corpus, runs, out var findingsByType);
if (args.Contains("--detection-only"))
{
    // For work on detection speed: the all-detector figure (and with --each, every detector alone), nothing else.
    var mb = corpus.Utf8Bytes / 1e6;
    Console.WriteLine($"all detectors: {all.Seconds:0.000} / {all.CpuSeconds:0.000} s = {mb / all.Seconds:0.0} / {mb / all.CpuSeconds:0.0} MB/s (wall / CPU, median of {runs}; fastest CPU {mb / all.CpuMin.TotalSeconds:0.0} MB/s); {findingsByType.Values.Sum():N0} findings, {DetectionBenchmark.AllocatedBytes(corpus, "*") / 1e6:0.0} MB allocated, digest {DetectionBenchmark.Digest(corpus)}");
    if (args.Contains("--each"))
    {
        var floor = DetectionBenchmark.Baseline(corpus, runs);
        var floorBytes = DetectionBenchmark.AllocatedBytes(corpus, null);
        Console.WriteLine($"  {"baseline",-28} {floor.CpuSeconds:0.000} s CPU, {floorBytes / 1e6:0.0} MB allocated");
        foreach (var (id, _, timing, found) in DetectionBenchmark.EachDetector(corpus, runs))
        {
            var bytes = DetectionBenchmark.AllocatedBytes(corpus, id) - floorBytes;
            Console.WriteLine($"  {id,-28} {timing.CpuSeconds - floor.CpuSeconds:0.000} s CPU beyond baseline, {bytes / 1e6,6:0.0} MB more allocated, {found:N0} findings");
        }
    }

    return 0;
}

Progress("ripgrep");
var ripgrep = DetectionBenchmark.Ripgrep(corpus, runs * 2 + 1, out var ripgrepLines);
Progress("detection, each detector alone");
const int detectorRuns = 3;
var baseline = DetectionBenchmark.Baseline(corpus, detectorRuns);
var normalization = DetectionBenchmark.NormalizationOnly(corpus, detectorRuns);
var perDetector = DetectionBenchmark.EachDetector(corpus, detectorRuns).ToList();

Progress("PDF extraction");
var pdf = new ExtractionBenchmark("pdftotext", file => ["-q", file, "-"]);
var (samplePdfs, skippedPdfs) = pdf.Partition(Directory.GetFiles(samples, "*.pdf").Order(StringComparer.Ordinal));
var pdfRows = new[]
{
    pdf.Measure("sample-docs PDFs", samplePdfs, runs),
    pdf.Measure($"generated PDF, {GeneratedPdf.Pages} ASCII pages", [GeneratedPdf.Write(outDirectory)], runs),
};

Progress("DOCX extraction");
var docx = new ExtractionBenchmark("pandoc", file => ["-t", "plain", file]);
var (sampleDocx, skippedDocx) = docx.Partition(Directory.GetFiles(samples, "*.docx").Order(StringComparer.Ordinal));
var docxRows = new[]
{
    docx.Measure("sample-docs DOCX", sampleDocx, runs),
    docx.Measure($"generated DOCX, {GeneratedDocx.Letters} letters", [GeneratedDocx.Write(outDirectory)], runs),
};

Progress("whole scan of sample-docs");
var documents = Directory.GetFiles(samples)
    .Order(StringComparer.Ordinal)
    .ToList();
var scan = ScanBenchmark.Run(documents, runs, out var verdicts);

Progress("tool start-up");
var startUps = new[] { ("pdftotext", "-v"), ("pandoc", "--version"), ("rg", "--version") }
    .Select(t => (t.Item1, Timing.MeasureChildren(9, () => ExternalTool.RunOrThrow(t.Item1, t.Item2))))
    .ToList();

new Report(root, runs, detectorRuns, loadBefore, MachineInfo.LoadAverage())
{
    Corpus = corpus,
    AllDetectors = all,
    FindingsByType = findingsByType,
    Ripgrep = ripgrep,
    RipgrepLines = ripgrepLines,
    Baseline = baseline,
    Normalization = normalization,
    PerDetector = perDetector,
    Extraction = [.. pdfRows, .. docxRows],
    Skipped = [.. skippedPdfs, .. skippedDocx],
    ScanFiles = documents,
    Scan = scan,
    Verdicts = verdicts,
    StartUps = startUps,
}.Write(Console.Out);
return 0;

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static string FindRoot()
{
    for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "DocScan.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("DocScan.sln not found above the current directory; pass --root.");
}

static void Progress(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");
