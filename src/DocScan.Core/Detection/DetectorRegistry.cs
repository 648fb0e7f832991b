using DocScan.Core.Rules;

namespace DocScan.Core.Detection;

/// <summary>Assembles the detectors of <see cref="FindingCatalogue"/> a rules file leaves enabled, each configured from the rules.</summary>
public static class DetectorRegistry
{
    public static DetectorSet Create(ScanRules rules)
    {
        var enabled = FindingCatalogue.All.Where(d => rules.IsEnabled(d.Id)).ToList();
        return new DetectorSet(
            enabled.Where(d => d.TextDetector is not null).Select(d => d.TextDetector!(rules)).ToList(),
            enabled.Where(d => d.DocumentDetector is not null).Select(d => d.DocumentDetector!(rules)).ToList());
    }
}
