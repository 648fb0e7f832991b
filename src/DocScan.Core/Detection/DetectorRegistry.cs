using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Rules;

namespace DocScan.Core.Detection;

/// <summary>Assembles the detectors a rules file leaves enabled.</summary>
public static class DetectorRegistry
{
    public static IReadOnlyList<IDetector> All { get; } =
    [
        new NationalIdDetector(),
        new ResidentIdDetector(),
        new MaskedNationalIdDetector(),
    ];

    public static IReadOnlyList<IDetector> Create(ScanRules rules) =>
        All.Where(d => rules.IsEnabled(d.FindingType)).ToList();
}
