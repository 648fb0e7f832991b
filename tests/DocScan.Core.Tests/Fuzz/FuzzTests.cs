using System.Security.Cryptography;
using DocScan.Core.Policy;
using DocScan.Core.Reporting;
using DocScan.Core.Tests.Support;
using Xunit.Abstractions;

namespace DocScan.Core.Tests.Fuzz;

/// <summary>
/// Damaged copies of every sample document (issue 13): byte flips, truncation, inserted bytes, lost
/// sectors, and damage that knows the format (zip members and XML parts, PDF objects, streams, CMaps,
/// xref and object streams, MIME boundaries and base64). However damaged, a document gets exactly one
/// report, in time, and is never released while its personal data can still be read out of it.
/// Reproduce one mutant with <c>FuzzCorpus.Mutate(sample, index)</c>.
/// </summary>
public sealed class FuzzTests(FuzzRun run, ITestOutputHelper output) : IClassFixture<FuzzRun>
{
    [Fact]
    public void Fuzz_covers_every_format_of_sample_docs_with_at_least_1000_mutants()
    {
        var formats = run.Mutants.GroupBy(m => m.Mutant.Sample.Format).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        output.WriteLine($"{run.Mutants.Count} mutants of {run.Originals.Count} originals in {run.Elapsed.TotalSeconds:N0} s");
        foreach (var format in formats)
        {
            var verdicts = format.GroupBy(m => m.Report is null ? "none" : ReportJson.VerdictId(m.Report.Verdict))
                .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
            output.WriteLine($"  {format.Key,-10} {format.Count(),4} mutants, {format.Max(m => m.Elapsed).TotalSeconds:N1} s slowest: {string.Join(", ", verdicts)}");
        }

        foreach (var kind in run.Mutants.GroupBy(m => m.Mutant.Mutation.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {kind.Key,-40} {kind.Count(),4}");
        }

        Assert.True(run.Mutants.Count >= 1000, $"only {run.Mutants.Count} mutants");
        var extensions = Directory.EnumerateFiles(RepositoryRoot.Combine("sample-docs"))
            .Select(f => Path.GetExtension(f).TrimStart('.').ToLowerInvariant()).ToHashSet();
        Assert.Subset(formats.Select(f => f.Key).ToHashSet(), extensions);
        Assert.Contains("pdf+objstm", formats.Select(f => f.Key));
        Assert.All(formats, f => Assert.True(f.Count() >= 20, $"{f.Key}: only {f.Count()} mutants"));
    }

    [Fact]
    public void No_mutant_crashes_the_scanner_and_each_gets_exactly_one_report()
    {
        var failures = run.Mutants.Where(m => m.Failure is { } f && !f.StartsWith("hang", StringComparison.Ordinal)).ToList();
        Assert.True(failures.Count == 0, Describe(failures.Select(m => $"{m.Mutant.Describe()}\n    {m.Failure}")));
        Assert.All(run.Mutants, m => Assert.NotNull(m.Report));
        Assert.Equal(run.Mutants.Count, run.Mutants.Select(m => (m.Mutant.Sample.Label, m.Mutant.Index)).Distinct().Count());
    }

    [Fact]
    public void No_mutant_hangs_past_its_time_limit()
    {
        var hangs = run.Mutants.Where(m => m.Failure?.StartsWith("hang", StringComparison.Ordinal) == true).ToList();
        Assert.True(hangs.Count == 0, Describe(hangs.Select(m => $"{m.Mutant.Describe()}\n    {m.Failure}")));
    }

    [Fact]
    public void No_mutant_is_released_while_a_value_of_its_unreleased_original_can_still_be_read()
    {
        var leaks = run.Releases.Where(r => r.Readable.Count > 0).ToList();
        output.WriteLine($"{run.Releases.Count} mutants released whose original was not; {leaks.Count} still hold readable values. The others:");
        foreach (var release in run.Releases.Where(r => r.Readable.Count == 0))
        {
            output.WriteLine($"  {release.Scan.Mutant.Describe()} (original {ReportJson.VerdictId(Original(release.Scan).Verdict)}, read as {release.Scan.Report!.Document.Format})");
        }

        Assert.True(leaks.Count == 0, Describe(leaks.Select(r =>
            $"{r.Scan.Mutant.Describe()}\n" +
            $"    DocScan: release, read as {r.Scan.Report!.Document.Format}, {r.Scan.Report.Findings.Count} findings, no problems; original: {ReportJson.VerdictId(Original(r.Scan).Verdict)}\n" +
            $"    {string.Join("+", r.Read.Readers)} still reads: {string.Join(", ", r.Readable.Select(p => $"{p.Type} {p.Masked}"))}")));
    }

    [Fact]
    public void Third_party_reader_reads_the_values_of_every_original_it_is_asked_about()
    {
        // Without this the check above could pass because the reader reads nothing.
        var unread = run.Originals.Select((o, i) => (o, Read: run.OriginalReads[i]))
            .Where(t => t.o.Report.Verdict != Verdict.Release && t.o.Probes.Count > 0 && !t.o.Probes.Any(p => p.Comparable.All(t.Read.CanRead)))
            .Select(t => t.o.Sample.Label)
            .ToList();
        Assert.Empty(unread);

        foreach (var (original, read) in run.Originals.Zip(run.OriginalReads))
        {
            var missing = original.Probes.Where(p => !p.Comparable.All(read.CanRead)).Select(p => p.Type).ToList();
            if (missing.Count > 0)
            {
                output.WriteLine($"{original.Sample.Label}: values the reader cannot see as written (not checked): {string.Join(", ", missing)}");
            }
        }
    }

    [Fact]
    public void Same_seed_gives_the_same_mutants()
    {
        // Made again, every 16th mutant of the run is the same bytes from the same kind of damage.
        foreach (var scan in run.Mutants.Where((_, i) => i % 16 == 0))
        {
            var again = FuzzCorpus.Mutate(scan.Mutant.Sample, scan.Mutant.Index);
            Assert.Equal(scan.Mutant.Mutation.Kind, again.Mutation.Kind);
            Assert.Equal(SHA256.HashData(scan.Mutant.Mutation.Content), SHA256.HashData(again.Mutation.Content));
        }
    }

    private ScanReport Original(MutantScan scan) => run.Originals.Single(o => o.Sample.Label == scan.Mutant.Sample.Label).Report;

    private static string Describe(IEnumerable<string> failures)
    {
        var list = failures.ToList();
        return $"{list.Count} mutant(s):\n" + string.Join("\n", list.Take(60)) + (list.Count > 60 ? $"\n… and {list.Count - 60} more" : "");
    }
}
