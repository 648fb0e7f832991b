using DocScan.Core.Detection.Recognition;
using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Rules;

namespace DocScan.Core.Detection.Common;

/// <summary>
/// One pattern of a rules file (<see cref="PatternRule"/>) for a shipped or a declared finding type: its matches
/// that pass the checksum, with a context word near where the rule asks for one. Masked as the shipped detector of
/// the type masks, so a report reads the same whoever found a value.
/// </summary>
internal sealed class PatternDetector(string findingType, PatternRule rule) : IDetector
{
    private readonly Keywords? _context = rule.Context.Count > 0 ? Detection.Keywords.Create([.. rule.Context]) : null;

    // The rule's keywords: one must be in the segment.
    private readonly Keywords? _required = rule.Keywords.Count > 0 ? Detection.Keywords.Create([.. rule.Keywords]) : null;

    public string Id => "rules-pattern";

    public string FindingType => findingType;

    public DetectorRequirements Requirements => new(_required, WordInDocument: _context);

    public IEnumerable<Keywords> Keywords => _context is null ? [] : [_context];

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        var text = input.Text;
        foreach (var match in rule.Compiled.EnumerateMatches(text))
        {
            var value = Value(text.Substring(match.Index, match.Length));
            if (value.Length > 0 && Passes(value)
                && (_context is null || input.HasContext(match.Index, match.Length, _context, rule.Within)))
            {
                found.Add(new DetectorMatch(match.Index, match.Length, value, RecognizedValues.Mask(findingType, value), rule.Confidence));
            }
        }
    }

    // A checked number is the number alone, however it was grouped (A-123-456-789), as the shipped detectors report it.
    private string Value(string written) => rule.Validator is null
        ? RecognizedValues.Normalize(findingType, written)
        : NumberContext.Compact(written);

    private bool Passes(string value) => rule.Validator switch
    {
        PatternValidator.NationalId => TaiwanIdChecksum.IsValidNationalId(value),
        PatternValidator.ResidentId => TaiwanIdChecksum.IsValidResidentId(value),
        PatternValidator.Ubn => UbnChecksum.IsValid(value),
        PatternValidator.Luhn => CreditCardDetector.PassesLuhn(value),
        _ => true,
    };
}
