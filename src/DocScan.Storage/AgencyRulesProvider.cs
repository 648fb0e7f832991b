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
    private readonly AllowListStore? _store;
    private readonly TimeProvider _time;
    private readonly TimeSpan _refresh;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private State _state;

    /// <summary>Fixed rules, with no store: what <c>docscan scan</c> and tests of other things need.</summary>
    public AgencyRulesProvider(ScanRules fileRules)
        : this(fileRules, null)
    {
    }

    public AgencyRulesProvider(ScanRules fileRules, AllowListStore? store, TimeProvider? time = null, TimeSpan? refreshInterval = null)
    {
        FileRules = fileRules;
        _store = store;
        _time = time ?? TimeProvider.System;
        _refresh = refreshInterval ?? TimeSpan.FromSeconds(5);
        _state = new State(fileRules, AllowListSnapshot.Empty, Checked: null);
    }

    /// <summary>The rules file's rules, without reviewers' entries.</summary>
    public ScanRules FileRules { get; }

    /// <summary>The effective rules as last read, without asking the store: for what cannot wait (masking names).</summary>
    public ScanRules Current => _state.Rules;

    /// <summary>The effective rules, asking the store first if the last look is older than the refresh interval.</summary>
    public async ValueTask<ScanRules> GetRulesAsync(CancellationToken cancellationToken)
    {
        if (_store is null || IsFresh(_state))
        {
            return _state.Rules;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var state = _state;
            if (IsFresh(state))
            {
                return state.Rules;
            }

            var changed = await _store.ReadIfChangedAsync(state.Snapshot.ETag, cancellationToken).ConfigureAwait(false);
            _state = changed is null ? state with { Checked = _time.GetTimestamp() } : Build(changed);
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
        if (_store is null)
        {
            throw new InvalidOperationException("These rules have no allow-list store to write to.");
        }

        var (snapshot, added) = await _store.AddAsync(entry, cancellationToken).ConfigureAwait(false);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _state = Build(snapshot);
        }
        finally
        {
            _gate.Release();
        }

        return added;
    }

    private bool IsFresh(State state) => state.Checked is { } at && _time.GetElapsedTime(at) < _refresh;

    private State Build(AllowListSnapshot snapshot)
    {
        // Only digests count: the store is written by this code, but a hand-edited value or a mangled digest must not slip in.
        var hashes = snapshot.Entries.Select(e => e.Value).Where(ScanRules.IsWellFormedAllowHash).ToList();
        var rules = hashes.Count == 0
            ? FileRules
            : FileRules with { Allow = [.. FileRules.Allow, .. hashes.Distinct(StringComparer.OrdinalIgnoreCase)] };
        return new State(rules, snapshot, _time.GetTimestamp());
    }

    private sealed record State(ScanRules Rules, AllowListSnapshot Snapshot, long? Checked);
}
