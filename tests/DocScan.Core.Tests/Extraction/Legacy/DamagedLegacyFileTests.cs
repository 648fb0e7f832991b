using DocScan.Core.Extraction;

namespace DocScan.Core.Tests.Extraction.Legacy;

/// <summary>
/// Damaged legacy files never crash or hang the reader: every mutant either reads or reports a
/// problem. Mutants are deterministic (fixed seed per file and mutant).
/// </summary>
public class DamagedLegacyFileTests
{
    private const int Mutants = 100;

    [Theory]
    [InlineData("住戶訪查紀錄.doc", 0.9)]
    [InlineData("住戶訪查紀錄.doc", 0.5)]
    [InlineData("住戶訪查紀錄.doc", 0.1)]
    [InlineData("健保承保系統-在保人員查詢結果.xls", 0.9)]
    [InlineData("健保承保系統-在保人員查詢結果.xls", 0.6)]
    [InlineData("健保承保系統-在保人員查詢結果.xls", 0.2)]
    [InlineData("業務簡報-個資保護稽核.ppt", 0.9)]
    [InlineData("業務簡報-個資保護稽核.ppt", 0.5)]
    [InlineData("業務簡報-個資保護稽核.ppt", 0.1)]
    public async Task Truncated_file_is_corrupt_without_crashing(string name, double kept)
    {
        var bytes = LegacyFixtures.Bytes(name);

        var result = await LegacyFixtures.ExtractAsync(bytes[..(int)(bytes.Length * kept)], name);

        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.Corrupt);
    }

    [Theory]
    [InlineData("住戶訪查紀錄.doc")]
    [InlineData("道路拓寬用地所有權人清冊.doc")]
    [InlineData("健保承保系統-在保人員查詢結果.xls")]
    [InlineData("業務簡報-個資保護稽核.ppt")]
    public async Task Damaged_file_reads_or_reports_a_problem(string name)
    {
        var original = LegacyFixtures.Bytes(name);
        for (var i = 0; i < Mutants; i++)
        {
            // HashCode.Combine is seeded per process: the seed must not use it, or every run tries other mutants.
            var random = new Random(name.Length * 100_003 + i);
            var bytes = (byte[])original.Clone();
            // Bytes past the 512-byte CFB header: the directory, the FIB, piece tables, records and text.
            for (var n = 0; n < 1 + i % 8; n++)
            {
                var at = random.Next(512, bytes.Length);
                var length = random.Next(1, 16);
                random.NextBytes(bytes.AsSpan(at, Math.Min(length, bytes.Length - at)));
            }

            var run = LegacyFixtures.ExtractAsync(bytes, name);
            var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(10)));

            Assert.True(finished == run, $"{name} mutant {i} did not finish");
            var result = await run;
            Assert.All(result.Problems, p => Assert.Contains(p.Code, new[] { ProblemCodes.Corrupt, ProblemCodes.Unsupported, ProblemCodes.Encrypted, ProblemCodes.TooLarge }));
            // "無法解析" is DocumentExtractor's catch-all: an exception the legacy reader let through instead of naming the damaged part.
            Assert.All(result.Problems, p => Assert.DoesNotContain("無法解析", p.Message, StringComparison.Ordinal));
        }
    }
}
