using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using DocScan.Core.Detection;
using DocScan.Core.Documents;
using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Core.Reporting;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;

namespace DocScan.Core.Tests.Fuzz;

/// <summary>A finding of an original, as the mutant check looks for it: its type, its masked form (for messages) and its comparable text.</summary>
internal sealed record ValueProbe(string Type, string Masked, IReadOnlyList<string> Comparable);

internal sealed record OriginalScan(FuzzSample Sample, ScanReport Report, IReadOnlyList<ValueProbe> Probes);

internal sealed record MutantScan(Mutant Mutant, ScanReport? Report, string? Failure, TimeSpan Elapsed);

/// <summary>
/// One fuzz campaign, run once for all of <see cref="FuzzTests"/>: every original scanned with values,
/// every mutant scanned under a time limit (two at a time: the CI machine has two cores), and the
/// mutants DocScan released although their original was not released read back by
/// <see cref="ThirdPartyReader"/>.
/// </summary>
public sealed class FuzzRun : IAsyncLifetime
{
    public const int MutantsPerSample = 64;

    /// <summary>The scanner's own limit per document (<see cref="ScanLimits.Timeout"/>); no sample needs a second.</summary>
    public static readonly TimeSpan DocumentTimeLimit = TimeSpan.FromSeconds(20);

    /// <summary>How long the test waits for a report at all: past this, the scanner ignored its own limit.</summary>
    public static readonly TimeSpan HardLimit = DocumentTimeLimit + TimeSpan.FromSeconds(20);

    private const int Parallelism = 2;

    private static readonly FindingDetector Masker = FindingDetector.Create(ScanRules.Default, TimeProvider.System);

    internal IReadOnlyList<OriginalScan> Originals { get; private set; } = [];

    internal IReadOnlyList<MutantScan> Mutants { get; private set; } = [];

    /// <summary>Released mutants of originals that were not released, with what the third-party reader read.</summary>
    internal IReadOnlyList<(MutantScan Scan, ThirdPartyText Read, IReadOnlyList<ValueProbe> Readable)> Releases { get; private set; } = [];

    /// <summary>What the third-party reader read from each original, in <see cref="Originals"/>' order.</summary>
    internal IReadOnlyList<ThirdPartyText> OriginalReads { get; private set; } = [];

    internal TimeSpan Elapsed { get; private set; }

    public async Task InitializeAsync()
    {
        var started = Stopwatch.GetTimestamp();
        var scanner = new DocumentScanner(new ScanOptions
        {
            IncludeValues = true,
            Limits = ScanLimits.Default with { Timeout = DocumentTimeLimit },
        });

        var samples = FuzzCorpus.Samples();
        var originals = new OriginalScan[samples.Count];
        await Parallel.ForAsync(0, samples.Count, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, _) =>
        {
            var report = await scanner.ReportAsync(samples[i].Content, samples[i].FileName);
            originals[i] = new OriginalScan(samples[i], report, Probes(report));
        });
        Originals = originals;

        var jobs = samples.SelectMany(s => Enumerable.Range(0, MutantsPerSample).Select(i => (Sample: s, Index: i))).ToList();
        var mutants = new MutantScan[jobs.Count];
        await Parallel.ForAsync(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, _) =>
        {
            mutants[i] = await ScanMutantAsync(scanner, jobs[i].Sample, jobs[i].Index);
        });
        Mutants = mutants;

        var byLabel = originals.ToDictionary(o => o.Sample.Label);
        var suspects = mutants
            .Where(m => m.Report?.Verdict == Verdict.Release && byLabel[m.Mutant.Sample.Label].Report.Verdict != Verdict.Release)
            .ToList();

        // One python process for everything: the originals (what can be read from them at all) and the suspects.
        var reads = await ThirdPartyReader.ReadAsync(
            [.. originals.Select(o => (o.Sample.FileName, o.Sample.Content)), .. suspects.Select(m => (m.Mutant.Sample.FileName, m.Mutant.Mutation.Content))]);
        OriginalReads = reads.Take(originals.Length).ToList();
        var readableInOriginal = originals.Select((o, i) => (o, i))
            .ToDictionary(t => t.o.Sample.Label, t => t.o.Probes.Where(p => p.Comparable.All(OriginalReads[t.i].CanRead)).ToList());
        Releases = suspects.Select((m, i) =>
        {
            var read = reads[originals.Length + i];
            IReadOnlyList<ValueProbe> readable = readableInOriginal[m.Mutant.Sample.Label].Where(p => p.Comparable.All(read.CanRead)).ToList();
            return (m, read, readable);
        }).ToList();

        Elapsed = Stopwatch.GetElapsedTime(started);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The probes of an original's findings that decide its verdict (not the file name, not findings listed only for the reviewer).</summary>
    internal static IReadOnlyList<ValueProbe> Probes(ScanReport report) => report.Findings
        .Where(f => f.Value is not null && f.Role == FindingRole.Private && f.Location.Source != SegmentSources.FileName
            && FindingCatalogue.For(f.Type).Verdict != Verdict.Release)
        .Select(f => new ValueProbe(f.Type, f.Masked, f.Type switch
        {
            // A macro is readable while its VBA project part is there.
            FindingTypes.Macro => ["vbaproject"],
            // The exposure is the whole list; it is readable while every address is.
            FindingTypes.RecipientExposure => f.Value!.Split(',').Select(ThirdPartyReader.Comparable).ToList(),
            _ => [ThirdPartyReader.Comparable(f.Value!)],
        }))
        // A one-letter value (密) is in too much ordinary text to say anything.
        .Where(p => p.Comparable.All(c => c.Length >= 2))
        .ToList();

    private static async Task<MutantScan> ScanMutantAsync(DocumentScanner scanner, FuzzSample sample, int index)
    {
        Mutant mutant;
        try
        {
            mutant = FuzzCorpus.Mutate(sample, index);
        }
        catch (Exception ex)
        {
            // A bug of the test's mutator, not of DocScan: reported the same way so the run goes on.
            var broken = new Mutant(sample, index, FuzzCorpus.Seed(sample.Label, index), new Mutation("mutator-error", sample.Content, ex.GetType().Name));
            return new MutantScan(broken, null, $"the mutator failed: {ex}", TimeSpan.Zero);
        }

        var started = Stopwatch.GetTimestamp();
        using var abandon = new CancellationTokenSource(HardLimit);
        try
        {
            var report = await scanner.ReportAsync(mutant.Mutation.Content, sample.FileName, sample.FileName, abandon.Token).WaitAsync(HardLimit);
            var elapsed = Stopwatch.GetElapsedTime(started);
            var sha = Convert.ToHexStringLower(SHA256.HashData(mutant.Mutation.Content));
            var failure = report.Document.Sha256 != sha || report.Document.Bytes != mutant.Mutation.Content.Length
                ? "the report is not about this document (sha256 or size differ)"
                : report.Problems.Any(p => p.Code == ProblemCodes.Timeout)
                    ? $"hang: the scan hit its {DocumentTimeLimit.TotalSeconds:N0} s time limit"
                    : null;
            return new MutantScan(mutant, report, failure, elapsed);
        }
        catch (TimeoutException)
        {
            return new MutantScan(mutant, null, $"hang: no report after {HardLimit.TotalSeconds:N0} s", Stopwatch.GetElapsedTime(started));
        }
        catch (Exception ex)
        {
            // Exception messages are masked like report messages: a parser may quote the document.
            return new MutantScan(mutant, null, $"crash: {ex.GetType().FullName}: {Masker.MaskValues(ex.Message)}\n{ex.StackTrace}",
                Stopwatch.GetElapsedTime(started));
        }
    }
}
