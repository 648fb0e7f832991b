using DocScan.Core.Detection.Common;
using DocScan.Core.Rules;

namespace DocScan.Core.Detection;

/// <summary>
/// Assembles the detectors a rules file leaves enabled: the shipped ones of <see cref="FindingCatalogue"/>, each
/// configured from the rules, then one per pattern the file adds to a shipped type or declares a type of its own with.
/// </summary>
internal static class DetectorRegistry
{
    public static DetectorSet Create(ScanRules rules)
    {
        var shipped = FindingCatalogue.All.Where(d => rules.IsEnabled(d.Id) && rules.UsesShippedDetector(d.Id)).ToList();
        var patterns = rules.Types.SelectMany(t => t.Value.Patterns.Select(p => (Type: t.Key, Pattern: p)))
            .Concat(rules.Custom.SelectMany(c => c.Patterns.Select(p => (Type: c.Id, Pattern: p))))
            .Where(p => rules.IsEnabled(p.Type))
            .Select(p => new PatternDetector(p.Type, p.Pattern));
        return new DetectorSet(
            shipped.Where(d => d.TextDetector is not null).Select(d => d.TextDetector!(rules)).Concat(patterns).ToList(),
            shipped.Where(d => d.DocumentDetector is not null).Select(d => d.DocumentDetector!(rules)).ToList());
    }
}
