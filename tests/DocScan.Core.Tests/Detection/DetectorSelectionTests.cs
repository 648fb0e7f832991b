using DocScan.Core.Detection;
using DocScan.Core.Rules;

namespace DocScan.Core.Tests.Detection;

/// <summary>
/// FindingDetector picks the detectors for a segment from DetectorSelection's tables; the pick must be
/// exactly the detectors whose requirements the segment's profile meets, tested one by one.
/// </summary>
public class DetectorSelectionTests
{
    [Fact]
    public void Selects_exactly_the_detectors_whose_requirements_are_met()
    {
        var requirements = DetectorRegistry.Create(ScanRules.Default).TextDetectors
            .Select(d => CompiledRequirements.Of(d.Requirements))
            .Append(CompiledRequirements.Of(new DetectorRequirements(AnyOf: TextFeatures.AsciiUpper, MinDigits: 3, MinDigitRun: 2)))
            .ToArray();
        var selection = new DetectorSelection(requirements);
        var random = new Random(7);
        for (var i = 0; i < 20_000; i++)
        {
            // Random features, any characters, and digit counts around every threshold.
            var profile = new TextProfile((TextFeatures)random.Next(16), (ulong)random.NextInt64() & (ulong)random.NextInt64(), random.Next(20), random.Next(14));
            var expected = 0UL;
            for (var d = 0; d < requirements.Length; d++)
            {
                expected |= requirements[d].AreMetBy(profile) ? 1UL << d : 0;
            }

            Assert.Equal(expected, selection.Selected(profile));
        }
    }

    [Fact]
    public void A_detector_that_requires_nothing_is_always_selected()
    {
        var selection = new DetectorSelection([CompiledRequirements.Of(DetectorRequirements.None)]);

        Assert.Equal(1UL, selection.Selected(new TextProfile(TextFeatures.None, 0, 0, 0)));
    }
}
