using DocScan.Core.Rules;

namespace DocScan.Storage;

/// <summary>
/// The rules scans run under: the agency's rules file plus the allow-list entries reviewers added (<see cref="AllowListStore"/>).
/// The store is asked again at most once per refresh interval, by a conditional read that costs no content while nothing
/// changed; an entry added through <see cref="AllowAsync"/> counts at once. The file alone names the rules
/// (<see cref="ScanRules.EffectiveVersion"/>): reviewers' entries only stop values from being reported, so they do not make
/// the sweep scan every document again.
/// </summary>
public sealed class AgencyRulesProvider
{
    // Null for fixed rules: nothing to read, so no clock to read it by.
    private readonly Source? _source;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private State _state;

    /// <summary>Fixed rules, with no store: what <c>docscan scan</c> and tests of other things need.</summary>
    public AgencyRulesProvider(ScanRules fileRules)
    {
        FileRules = fileRules;
        _state = new State(fileRules, AllowListSnapshot.Empty, Checked: null);
    }

    public AgencyRulesProvider(ScanRules fileRules, AllowListStore store, TimeProvider time, TimeSpan? refreshInterval = null)
        : this(fileRules)
    {
        _source = new Source(store, time, refreshInterval ?? TimeSpan.FromSeconds(5));
    }

    /// <summary>The rules file's rules, without reviewers' entries.</summary>
    public ScanRules FileRules { get; }

    /// <summary>The effective rules as last read, without asking the store: for what cannot wait (masking names).</summary>
    public ScanRules Current => _state.Rules;

    /// <summary>The effective rules, asking the store first if the last look is older than the refresh interval.</summary>
    public async ValueTask<ScanRules> GetRulesAsync(CancellationToken cancellationToken)
    {
        if (_source is not { } source || IsFresh(_state, source))
        {
            return _state.Rules;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var state = _state;
            if (IsFresh(state, source))
            {
                return state.Rules;
            }

            var changed = await source.Store.ReadIfChangedAsync(state.Snapshot.ETag, cancellationToken).ConfigureAwait(false);
            _state = changed is null ? state with { Checked = source.Time.GetTimestamp() } : Build(changed, source);
            return _state.Rules;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Adds a reviewer's entry to the store; from now on this provider's rules allow it. False when it was there already.</summary>
    public async Task<bool> AllowAsync(AllowListEntry entry, CancellationToken cancellationToken)
    {
        if (_source is not { } source)
        {
            throw new InvalidOperationException("These rules have no allow-list store to write to.");
        }

        var (snapshot, added) = await source.Store.AddAsync(entry, cancellationToken).ConfigureAwait(false);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _state = Build(snapshot, source);
        }
        finally
        {
            _gate.Release();
        }

        return added;
    }

    private static bool IsFresh(State state, Source source) => state.Checked is { } at && source.Time.GetElapsedTime(at) < source.Refresh;

    private State Build(AllowListSnapshot snapshot, Source source)
    {
        // Only digests count: the store is written by this code, but a hand-edited value or a mangled digest must not slip in.
        var hashes = snapshot.Entries.Select(e => e.Value).Where(ScanRules.IsWellFormedAllowHash).ToList();
        var rules = hashes.Count == 0
            ? FileRules
            : FileRules with { Allow = [.. FileRules.Allow, .. hashes.Distinct(StringComparer.OrdinalIgnoreCase)] };
        return new State(rules, snapshot, source.Time.GetTimestamp());
    }

    private sealed record State(ScanRules Rules, AllowListSnapshot Snapshot, long? Checked);

    private sealed record Source(AllowListStore Store, TimeProvider Time, TimeSpan Refresh);
}
