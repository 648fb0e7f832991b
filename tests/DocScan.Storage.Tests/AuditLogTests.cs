using System.Text;
using Azure.Storage.Blobs.Specialized;
using DocScan.Storage.Audit;
using DocScan.Tests.Shared;

namespace DocScan.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class AuditLogTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Day1 = new(2026, 3, 2, 1, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Entries_chain_one_to_the_next_across_days_and_verify_intact()
    {
        var (log, clock, _) = await CreateAsync();
        var written = new List<AuditEntry>();
        for (var i = 0; i < 3; i++)
        {
            written.Add(await log.AppendAsync(Action(i), CancellationToken.None));
            clock.Advance(TimeSpan.FromMinutes(7));
        }

        clock.Advance(TimeSpan.FromDays(1));
        written.Add(await log.AppendAsync(Action(3), CancellationToken.None));
        written.Add(await log.AppendAsync(Action(4), CancellationToken.None));

        Assert.Equal([1L, 2, 3, 4, 5], written.Select(e => e.Sequence));
        Assert.Equal(AuditEntry.Genesis, written[0].PreviousHash);
        for (var i = 1; i < written.Count; i++)
        {
            Assert.Equal(written[i - 1].Hash, written[i].PreviousHash);
        }

        var read = await ToListAsync(log.ReadAsync(null, null, CancellationToken.None));
        Assert.Equal(written, read);
        Assert.Equal("陳美玲", read[0].User);
        Assert.Equal("文件內含個資，已確認遮蔽範圍", read[0].Reason);
        var verification = await log.VerifyAsync(CancellationToken.None);
        Assert.True(verification.IsIntact, string.Join("; ", verification.Breaks));
        Assert.Equal(5, verification.Entries);
    }

    [Fact]
    public async Task Changing_one_entry_is_detected_and_named()
    {
        var (log, _, blobs) = await CreateAsync();
        for (var i = 0; i < 4; i++)
        {
            await log.AppendAsync(Action(i), CancellationToken.None);
        }

        await RewriteAsync(blobs, AuditLog.DayName(Day1), text => text.Replace("理由2", "理由X", StringComparison.Ordinal));

        var verification = await log.VerifyAsync(CancellationToken.None);

        var broken = Assert.Single(verification.Breaks);
        Assert.Equal(AuditLog.DayName(Day1), broken.Blob);
        Assert.Equal(3, broken.Line);
        Assert.Equal(3, broken.Sequence);
        Assert.Contains("遭修改", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_rewritten_with_a_fresh_hash_breaks_the_link_of_the_next_one()
    {
        var (log, _, blobs) = await CreateAsync();
        for (var i = 0; i < 3; i++)
        {
            await log.AppendAsync(Action(i), CancellationToken.None);
        }

        var entries = await ToListAsync(log.ReadAsync(null, null, CancellationToken.None));
        var forged = AuditEntry.Create(1, entries[0].Time, Action(0) with { Reason = "查詢親友資料" }, AuditEntry.Genesis);
        // Only the first line: the second keeps naming the original hash as its previous one.
        await RewriteAsync(blobs, AuditLog.DayName(Day1), text =>
        {
            var lines = text.Split('\n');
            lines[0] = lines[0].Replace(entries[0].Hash, forged.Hash, StringComparison.Ordinal)
                .Replace("文件內含個資，已確認遮蔽範圍", "查詢親友資料", StringComparison.Ordinal);
            return string.Join('\n', lines);
        });

        var broken = Assert.Single((await log.VerifyAsync(CancellationToken.None)).Breaks);

        Assert.Equal(2, broken.Sequence);
        Assert.Contains("前一筆", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_an_entry_is_detected()
    {
        var (log, _, blobs) = await CreateAsync();
        for (var i = 0; i < 3; i++)
        {
            await log.AppendAsync(Action(i), CancellationToken.None);
        }

        await RewriteAsync(blobs, AuditLog.DayName(Day1), text =>
            string.Join('\n', text.Split('\n').Where((_, index) => index != 1)));

        var verification = await log.VerifyAsync(CancellationToken.None);

        Assert.False(verification.IsIntact);
        Assert.Equal(3, Assert.Single(verification.Breaks).Sequence);
    }

    [Fact]
    public async Task Concurrent_writers_each_get_their_own_place_in_one_chain()
    {
        var (log, _, _) = await CreateAsync();

        var written = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => log.AppendAsync(Action(i), CancellationToken.None))));

        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), written.Select(e => e.Sequence).Order());
        var verification = await log.VerifyAsync(CancellationToken.None);
        Assert.True(verification.IsIntact, string.Join("; ", verification.Breaks));
        Assert.Equal(8, verification.Entries);
    }

    [Fact]
    public async Task Export_writes_the_entries_of_the_period_as_csv_with_reasons_kept_whole_and_inert()
    {
        var (log, clock, _) = await CreateAsync();
        await log.AppendAsync(Action(0), CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(1));
        await log.AppendAsync(Action(1) with { Reason = "=HYPERLINK(\"x\"),誤判：\n承辦人姓名" }, CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(1));
        await log.AppendAsync(Action(2), CancellationToken.None);

        using var output = new MemoryStream();
        var count = await AuditCsv.WriteAsync(log.ReadAsync(Day1.AddDays(1).Date, Day1.AddDays(2).Date, CancellationToken.None), output,
            CancellationToken.None);

        Assert.Equal(1, count);
        var bytes = output.ToArray();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("序號,時間(UTC),使用者,角色,動作,文件識別碼,", csv, StringComparison.Ordinal);
        Assert.Contains("\r\n2,2026-03-03T01:30:00.0000000Z,陳美玲,reviewer,false-positive,", csv, StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"x\"\"),誤判：\n承辦人姓名\",", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("理由0", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("理由2", csv, StringComparison.Ordinal);
    }

    private async Task<(AuditLog Log, ManualClock Clock, Azure.Storage.Blobs.BlobContainerClient Blobs)> CreateAsync()
    {
        var containers = await azurite.CreateContainersAsync();
        var service = azurite.BlobService();
        var clock = new ManualClock(Day1);
        return (new AuditLog(service, containers, clock), clock, service.GetBlobContainerClient(containers.Audit));
    }

    private static AuditAction Action(int i) => new("陳美玲", "reviewer", i == 1 ? AuditActions.FalsePositive : AuditActions.ApproveRedacted,
        $"{i:x2}23456789abcdef0123456789abcdef", new string('a', 64), i == 0 ? "文件內含個資，已確認遮蔽範圍" : $"理由{i}");

    /// <summary>What someone with write access could do where the container is not write-protected (Azurite has no WORM).</summary>
    private static async Task RewriteAsync(Azure.Storage.Blobs.BlobContainerClient blobs, string name, Func<string, string> change)
    {
        var blob = blobs.GetAppendBlobClient(name);
        var text = (await blob.DownloadContentAsync()).Value.Content.ToString();
        var changed = change(text);
        Assert.NotEqual(text, changed);
        await blob.DeleteAsync();
        await blob.CreateAsync();
        await blob.AppendBlockAsync(new MemoryStream(Encoding.UTF8.GetBytes(changed)));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public void Advance(TimeSpan by) => _now += by;

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
