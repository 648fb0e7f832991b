using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Rules;

namespace DocScan.Core.Detection.Recognition;

/// <summary>
/// Turns a recognizer's entities into findings with the rules file applied as the rule-based
/// detectors apply it: types switched off, minimum confidences, the allow-list, the agency's own
/// letterhead contacts, and public officials (a listed official is not a private person).
/// </summary>
internal sealed class RecognizedFindings(ScanRules rules)
{
    private readonly HashSet<string> _officials = rules.Officials.Select(ScanRules.Canonical).ToHashSet(StringComparer.Ordinal);

    private readonly HashSet<string> _agencyPhones = rules.Agency.Phones
        .Select(TaiwanPhoneNumber.Canonical)
        .Where(p => p.Length > 0)
        .ToHashSet(StringComparer.Ordinal);

    private readonly AddressDetector _addresses = new(rules);

    /// <exception cref="InvalidOperationException">An entity names an unknown type or lies outside its segment: the recognizer is broken, and nothing it said can be trusted.</exception>
    public List<Finding> From(IReadOnlyList<RecognizedEntity> entities, string detector)
    {
        var findings = new List<Finding>(entities.Count);
        foreach (var entity in entities)
        {
            if (!FindingCatalogue.Contains(entity.FindingType)
                || entity.Start < 0 || entity.Length <= 0 || entity.Start + entity.Length > entity.Segment.Text.Length)
            {
                throw new InvalidOperationException($"Recognizer {detector} returned an entity of type {entity.FindingType} outside its segment.");
            }

            var type = entity.FindingType;
            if (!rules.IsEnabled(type) || entity.Confidence < rules.MinConfidence(type))
            {
                continue;
            }

            var value = RecognizedValues.Normalize(type, entity.Segment.Text.Substring(entity.Start, entity.Length));
            if (value.Length == 0 || rules.IsAllowed(type, value) || IsAgencyOwn(type, value)
                || (type == FindingTypes.PersonName && _officials.Contains(ScanRules.Canonical(value))))
            {
                continue;
            }

            findings.Add(new Finding(type, detector, value, RecognizedValues.Mask(type, value), entity.Confidence,
                entity.Segment, entity.Start, entity.Length));
        }

        return findings;
    }

    private bool IsAgencyOwn(string type, string value) => type switch
    {
        FindingTypes.Phone => _agencyPhones.Contains(value),
        FindingTypes.Email => value.LastIndexOf('@') is var at and >= 0 && rules.IsAgencyDomain(value[(at + 1)..]),
        FindingTypes.Address => _addresses.IsAgencyAddress(value),
        _ => false,
    };
}
