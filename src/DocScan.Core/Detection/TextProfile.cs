namespace DocScan.Core.Detection;

/// <summary>
/// What one segment's normalized text holds, found in one pass (and the digits' runs) so that each detector's
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

        var features = TriggerCharacters.Features(chars);

        // The digits are read as runs, only where there are any (about half the lines): the detectors
        // that look for long numbers ask the same runs later.
        var (digits, longestRun) = (features & TextFeatures.AsciiDigit) != 0 ? input.DigitRuns.Summary : (0, 0);
        if (input.Segment.Cell is not null)
        {
            features |= TextFeatures.TableCell;
        }

        return new TextProfile(features, chars, digits, longestRun);
    }
}
