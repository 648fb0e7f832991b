using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Rules;

namespace DocScan.Core.Detection;

/// <summary>Assembles the detectors a rules file leaves enabled, each configured from the rules.</summary>
public static class DetectorRegistry
{
    private static readonly Func<ScanRules, IDetector>[] TextDetectors =
    [
        _ => new NationalIdDetector(),
        _ => new ResidentIdDetector(),
        _ => new MaskedNationalIdDetector(),
    ];

    private static readonly Func<ScanRules, IDocumentDetector>[] DocumentDetectors =
    [
    ];

    public static DetectorSet Create(ScanRules rules) => new(
        TextDetectors.Select(f => f(rules)).Where(d => rules.IsEnabled(d.FindingType)).ToList(),
        DocumentDetectors.Select(f => f(rules)).Where(d => rules.IsEnabled(d.FindingType)).ToList());
}
