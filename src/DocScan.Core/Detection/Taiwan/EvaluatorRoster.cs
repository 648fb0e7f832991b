using DocScan.Core.Detection.Common;
using DocScan.Core.Rules;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>The agency's evaluator roster (rules.Evaluators), ready to be searched for in text.</summary>
internal sealed class EvaluatorRoster
{
    private readonly HashSet<string> _names;
    private readonly LongestMatchSearch _search;

    public EvaluatorRoster(ScanRules rules)
    {
        _names = rules.Evaluators.Select(ScanRules.Canonical).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        _search = new LongestMatchSearch(_names);
    }

    public bool Contains(string name) => _names.Count > 0 && _names.Contains(ScanRules.Canonical(name));

    /// <summary>Every roster name in the text, the longest where two start at the same place.</summary>
    public IReadOnlyList<(int Start, string Match)> FindIn(string text) => _search.FindIn(text);
}
