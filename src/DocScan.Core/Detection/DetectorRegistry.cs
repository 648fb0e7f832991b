using DocScan.Core.Detection.Common;
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

        // Identifiers and contact data (group ubn–credit-card).
        _ => new UbnDetector(),
        rules => new PhoneDetector(rules),
        rules => new EmailDetector(rules),
        _ => new BirthDateDetector(),
        rules => new AddressDetector(rules),
        _ => new NhiCardDetector(),
        _ => new PassportDetector(),
        _ => new BankAccountDetector(),
        _ => new VehiclePlateDetector(),
        _ => new CreditCardDetector(),

        // Detector group B: names, land records, sensitive records, markings.
        _ => new LandParcelDetector(),
        _ => new BuildingNumberDetector(),
        r => new PersonNameDetector(r),
        r => new EvaluatorNameDetector(r),
        _ => new CriminalRecordDetector(),
        _ => new HealthRecordDetector(),
        _ => new ClassificationMarkingDetector(),
    ];

    private static readonly Func<ScanRules, IDocumentDetector>[] DocumentDetectors =
    [
        // Detector group B: e-mail recipients and active content.
        r => new RecipientExposureDetector(r),
        _ => new MacroDetector(),
    ];

    public static DetectorSet Create(ScanRules rules) => new(
        TextDetectors.Select(f => f(rules)).Where(d => rules.IsEnabled(d.FindingType)).ToList(),
        DocumentDetectors.Select(f => f(rules)).Where(d => rules.IsEnabled(d.FindingType)).ToList());
}
