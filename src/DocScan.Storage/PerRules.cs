using DocScan.Core.Rules;

namespace DocScan.Storage;

/// <summary>
/// What is built from the agency's rules (scanners, maskers): built again only when <see cref="AgencyRulesProvider"/> hands out
/// other rules. Two callers that both see a change may both build; one of the two is kept, which is harmless.
/// </summary>
internal sealed class PerRules<T>(Func<ScanRules, T> build)
{
    private Built? _last;

    public T For(ScanRules rules)
    {
        var last = _last;
        if (last is not null && ReferenceEquals(last.Rules, rules))
        {
            return last.Value;
        }

        last = new Built(rules, build(rules));
        _last = last;
        return last.Value;
    }

    private sealed record Built(ScanRules Rules, T Value);
}
