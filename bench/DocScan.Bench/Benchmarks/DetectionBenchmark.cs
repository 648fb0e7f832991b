using DocScan.Bench.Corpus;
using DocScan.Bench.Measurement;
using DocScan.Core.Detection;
using DocScan.Core.Normalization;
using DocScan.Core.Rules;

namespace DocScan.Bench.Benchmarks;

/// <summary>
/// Detection as the scanner runs it: <see cref="FindingDetector"/> over extraction results, so
/// normalization, context look-ups and the allow-list check are all paid for. Then each detector on
/// its own, to show where the time goes.
/// </summary>
internal static class DetectionBenchmark
{
    /// <summary>The national-ID shape, as a plain regex: what a grep-based check would search for.</summary>
    public const string RipgrepPattern = "[A-Z][12][0-9]{8}";

    /// <summary>Long enough for the runtime to finish recompiling the hot paths (see <see cref="Timing"/>).</summary>
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(10);

    /// <summary>For single detectors: the shared paths are already compiled by then.</summary>
    public static readonly TimeSpan ShortWarmUp = TimeSpan.FromSeconds(3);

    public static Timing AllDetectors(DetectionCorpus corpus, int runs, out IReadOnlyDictionary<string, int> findingsByType)
    {
        var detector = FindingDetector.Create(ScanRules.Default, TimeProvider.System);

        // Document by document, as the scanner runs: each document's findings go to its report and are
        // let go. Only their number is taken while timing; the count by type (for the report) comes
        // from one more pass, untimed, so that the benchmark's own bookkeeping is not in the figure.
        var total = 0;
        var timing = Timing.Measure(runs, WarmUp, () =>
        {
            total = 0;
            foreach (var document in corpus.Documents)
            {
                total += detector.Detect(document, CancellationToken.None).Count;
            }
        });

        var counts = new Dictionary<string, int>();
        foreach (var document in corpus.Documents)
        {
            foreach (var finding in detector.Detect(document, CancellationToken.None))
            {
                counts[finding.Type] = counts.GetValueOrDefault(finding.Type) + 1;
            }
        }

        if (counts.Values.Sum() != total)
        {
            throw new InvalidOperationException($"The timed passes found {total} findings, the counting pass {counts.Values.Sum()}.");
        }

        findingsByType = counts;
        return timing;
    }

    public static Timing Ripgrep(DetectionCorpus corpus, int runs, out string matchingLines)
    {
        string[] arguments = ["--no-config", "-j1", "-c", RipgrepPattern, corpus.FilePath];
        matchingLines = ExternalTool.Output("rg", arguments)?.Trim() ?? "?";
        return Timing.MeasureChildren(runs, () => ExternalTool.RunOrThrow("rg", arguments));
    }

    /// <summary>Normalization and context with no detector at all: the floor every detector stands on.</summary>
    public static Timing Baseline(DetectionCorpus corpus, int runs) =>
        Time(new DetectorSet([], []), corpus, runs, out _);

    /// <summary>NFKC with its offset map, segment by segment: the part of the baseline that is normalization.</summary>
    public static Timing NormalizationOnly(DetectionCorpus corpus, int runs) => Timing.Measure(runs, ShortWarmUp, () =>
    {
        foreach (var document in corpus.Documents)
        {
            foreach (var segment in document.Segments)
            {
                TextNormalizer.Normalize(segment.Text);
            }
        }
    });

    /// <summary>Each text and document detector alone, as the registry creates it for the default rules.</summary>
    public static IEnumerable<(string Id, string Type, Timing Timing, int Findings)> EachDetector(DetectionCorpus corpus, int runs)
    {
        var all = DetectorRegistry.Create(ScanRules.Default);
        foreach (var detector in all.TextDetectors)
        {
            var timing = Time(new DetectorSet([detector], []), corpus, runs, out var findings);
            yield return (detector.Id, detector.FindingType, timing, findings);
        }

        foreach (var detector in all.DocumentDetectors)
        {
            var timing = Time(new DetectorSet([], [detector]), corpus, runs, out var findings);
            yield return (detector.Id, detector.FindingType, timing, findings);
        }
    }

    /// <summary>Bytes allocated by one pass over the corpus with only the detector of this id (null: none, the baseline; "*": all).</summary>
    public static long AllocatedBytes(DetectionCorpus corpus, string? detectorId)
    {
        var all = DetectorRegistry.Create(ScanRules.Default);
        var set = new DetectorSet(
            [.. all.TextDetectors.Where(d => detectorId == "*" || d.Id == detectorId)],
            [.. all.DocumentDetectors.Where(d => detectorId == "*" || d.Id == detectorId)]);
        var detector = new FindingDetector(set, ScanRules.Default, TimeProvider.System);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var (gen0, gen1, gen2, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        DetectAll(detector, corpus);
        if (detectorId == "*")
        {
            Console.Error.WriteLine($"collections: gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}, pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:0} ms");
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>A digest of every finding (type, place, value, mask, confidence), so a speed change can show it found exactly the same.</summary>
    public static string Digest(DetectionCorpus corpus)
    {
        var detector = FindingDetector.Create(ScanRules.Default, TimeProvider.System);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var f in DetectAll(detector, corpus))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{f.Type}|{f.Detector}|{f.Start}|{f.Length}|{f.Value}|{f.Masked}|{f.Confidence:R}|{f.Segment.Path}\n"));
        }

        return Convert.ToHexString(hash.GetHashAndReset())[..16];
    }

    private static Timing Time(DetectorSet set, DetectionCorpus corpus, int runs, out int findings)
    {
        var detector = new FindingDetector(set, ScanRules.Default, TimeProvider.System);
        var count = 0;
        var timing = Timing.Measure(runs, ShortWarmUp, () => count = DetectAll(detector, corpus).Count);
        findings = count;
        return timing;
    }

    private static List<Finding> DetectAll(FindingDetector detector, DetectionCorpus corpus)
    {
        var findings = new List<Finding>();
        foreach (var document in corpus.Documents)
        {
            findings.AddRange(detector.Detect(document, CancellationToken.None));
        }

        return findings;
    }
}
