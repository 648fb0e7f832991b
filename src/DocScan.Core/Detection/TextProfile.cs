namespace DocScan.Core.Detection;

/// <summary>
/// What one segment's normalized text holds, found in one pass so that each detector's
/// <see cref="DetectorRequirements"/> is a few bit tests: the <see cref="TextFeatures"/>, the digits,
/// and which of the characters that detectors asked for (<see cref="DetectorRequirements.AnyChar"/>) occur.
/// </summary>
internal readonly record struct TextProfile(TextFeatures Features, ulong Chars, int Digits, int LongestDigitRun)
{
    public static TextProfile Of(DetectionInput input)
    {
        var text = input.Text.Text;
        var chars = 0UL;

        // One table look-up per character and no branch on it: the segment is short, and Chinese and
        // ASCII alternate too unpredictably for branches.
        foreach (var c in text)
        {
            chars |= TriggerCharacters.BitOf(c);
        }

        // The digits are counted in a second pass, only where there are any: about half the lines.
        var digits = 0;
        var longestRun = 0;
        if ((chars & TriggerCharacters.DigitBit) != 0)
        {
            var run = 0;
            foreach (var c in text)
            {
                var digit = char.IsAsciiDigit(c) ? 1 : 0;
                digits += digit;
                run = (run + 1) * digit;
                longestRun = Math.Max(longestRun, run);
            }
        }

        var features = TriggerCharacters.Features(chars);
        if (input.Segment.Cell is not null)
        {
            features |= TextFeatures.TableCell;
        }

        return new TextProfile(features, chars, digits, longestRun);
    }
}
