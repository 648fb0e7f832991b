using DocScan.Core.Rules;
using DocScan.Tests.Shared;

namespace DocScan.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class AllowListStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Concurrent_writers_each_keep_their_entry()
    {
        var storage = await StorageHarness.CreateAsync(azurite);
        var values = Enumerable.Range(0, 8).Select(i => $"A1{i:D8}").ToList();

        // Each writer its own store, as in separate processes: only the ETag keeps them from overwriting each other.
        var added = await Task.WhenAll(values.Select(v =>
            new AllowListStore(storage.Service, storage.Containers).AddAsync(Entry(v), CancellationToken.None)));

        Assert.All(added, a => Assert.True(a.Added));
        var stored = (await new AllowListStore(storage.Service, storage.Containers).ReadAsync(CancellationToken.None)).Entries;
        Assert.Equal(values.Select(ScanRules.AllowHash).Order(), stored.Select(e => e.Value).Order());
    }

    [Fact]
    public async Task A_read_at_the_known_etag_answers_unchanged_and_values_are_never_stored()
    {
        var storage = await StorageHarness.CreateAsync(azurite);
        var store = new AllowListStore(storage.Service, storage.Containers);

        Assert.Same(AllowListSnapshot.Empty, await store.ReadAsync(CancellationToken.None));
        var (written, added) = await store.AddAsync(Entry("F152601819"), CancellationToken.None);
        var (again, addedAgain) = await store.AddAsync(Entry("f152601819"), CancellationToken.None);

        Assert.True(added);
        Assert.False(addedAgain);
        Assert.Equal(written.ETag, again.ETag);
        Assert.Null(await store.ReadIfChangedAsync(written.ETag, CancellationToken.None));
        Assert.NotNull(await store.ReadIfChangedAsync(null, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AddAsync(Entry("F152601819") with { Value = "F152601819" }, CancellationToken.None));
        Assert.DoesNotContain("F152601819", await storage.TextAsync(storage.Containers.Rules, AllowListStore.BlobName), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Rules_take_in_other_writers_entries_after_the_refresh_interval()
    {
        var storage = await StorageHarness.CreateAsync(azurite);
        var clock = new ManualClock();
        var rules = new AgencyRulesProvider(ScanRules.Default with { Allow = ["A800000014"] }, new AllowListStore(storage.Service, storage.Containers),
            clock, TimeSpan.FromSeconds(5));
        var before = await rules.GetRulesAsync(CancellationToken.None);

        await new AllowListStore(storage.Service, storage.Containers).AddAsync(Entry("F152601819"), CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1));
        var soon = await rules.GetRulesAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(5));
        var later = await rules.GetRulesAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(5));
        var unchanged = await rules.GetRulesAsync(CancellationToken.None);

        Assert.Same(before, soon);
        Assert.False(soon.IsAllowed("F152601819"));
        Assert.True(later.IsAllowed("F152601819"));
        Assert.True(later.IsAllowed("A800000014"));
        Assert.Equal(rules.FileRules.EffectiveVersion, later.EffectiveVersion);
        Assert.Same(later, unchanged);
        Assert.False(rules.FileRules.IsAllowed("F152601819"));
    }

    private static AllowListEntry Entry(string value) =>
        new(ScanRules.AllowHash(value), "national-id", value[..3] + "****" + value[^3..], "王淑芬", DateTimeOffset.UtcNow, "測試號碼", null);

    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
