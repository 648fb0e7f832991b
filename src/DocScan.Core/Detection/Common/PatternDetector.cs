using DocScan.Core.Detection.Recognition;
using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Rules;

namespace DocScan.Core.Detection.Common;

/// <summary>
/// One pattern of a rules file (<see cref="PatternRule"/>) for a shipped or a declared finding type: its matches
/// that pass the checksum, with a context word near where the rule asks for one. Masked as the shipped detector of
/// the type masks, so a report reads the same whoever found a value.
/// </summary>
public sealed class PatternDetector(string findingType, PatternRule rule) : IDetector
{
    private readonly ContextWordList? _context = rule.Context.Count > 0 ? ContextWordList.Create([.. rule.Context]) : null;
    private readonly ContextWordList? _keywords = rule.Keywords.Count > 0 ? ContextWordList.Create([.. rule.Keywords]) : null;

    public string Id => "rules-pattern";

    public string FindingType => findingType;

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        var text = input.Text.Text;
        if (_keywords is not null && !_keywords.OccursIn(text))
        {
            return;
        }

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
        : new string([.. written.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);

    private bool Passes(string value) => rule.Validator switch
    {
        PatternValidator.NationalId => TaiwanIdChecksum.IsValidNationalId(value),
        PatternValidator.ResidentId => TaiwanIdChecksum.IsValidResidentId(value),
        PatternValidator.Ubn => UbnChecksum.IsValid(value),
        PatternValidator.Luhn => CreditCardDetector.PassesLuhn(value),
        _ => true,
    };
}
