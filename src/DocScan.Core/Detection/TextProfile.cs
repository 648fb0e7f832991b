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
        var digits = 0;
        var run = 0;
        var longestRun = 0;

        // One table look-up per character and no branch on it: the segment is short, and Chinese and
        // ASCII alternate too unpredictably for branches.
        foreach (var c in text)
        {
            chars |= TriggerCharacters.BitOf(c);
            var digit = char.IsAsciiDigit(c) ? 1 : 0;
            digits += digit;
            run = (run + 1) * digit;
            longestRun = Math.Max(longestRun, run);
        }

        var features = TriggerCharacters.Features(chars);
        if (input.Segment.Cell is not null)
        {
            features |= TextFeatures.TableCell;
        }

        return new TextProfile(features, chars, digits, longestRun);
    }
}

/// <summary>Requirements turned into bit masks over a <see cref="TextProfile"/>.</summary>
internal readonly record struct CompiledRequirements(TextFeatures AllOf, TextFeatures AnyOf, ulong AnyChar, int MinDigits, int MinDigitRun)
{
    public static CompiledRequirements Of(DetectorRequirements requirements) => new(
        requirements.AllOf, requirements.AnyOf, TriggerCharacters.Register(requirements.AnyChar), requirements.MinDigits, requirements.MinDigitRun);

    public bool AreMetBy(in TextProfile profile) =>
        (profile.Features & AllOf) == AllOf
        && ((AnyOf == TextFeatures.None && AnyChar == 0) || (profile.Features & AnyOf) != 0 || (profile.Chars & AnyChar) != 0)
        && profile.Digits >= MinDigits
        && profile.LongestDigitRun >= MinDigitRun;
}

/// <summary>
/// Gives each character some detector requires its own bit of a 64-bit set, in a table indexed by
/// character. Bit 0 stands for every other character, bits 1–3 for ASCII capitals, small letters
/// and digits. Past 63 characters the last bit is shared, which only lets more segments through.
/// </summary>
internal static class TriggerCharacters
{
    private const int Upper = 1;
    private const int Lower = 2;
    private const int Digit = 3;
    private const int FirstFree = 4;

    private static readonly byte[] Bits = CreateTable();
    private static readonly Lock Gate = new();
    private static int _next = FirstFree;

    public static ulong BitOf(char c) => 1UL << Bits[c];

    public static TextFeatures Features(ulong chars)
    {
        var features = TextFeatures.None;
        if ((chars & (1UL << Digit)) != 0)
        {
            features |= TextFeatures.AsciiDigit;
        }

        if ((chars & (1UL << Upper)) != 0)
        {
            features |= TextFeatures.AsciiLetter | TextFeatures.AsciiUpper;
        }

        if ((chars & (1UL << Lower)) != 0)
        {
            features |= TextFeatures.AsciiLetter;
        }

        return features;
    }

    /// <summary>The bits of these characters, giving a bit to each one that has none yet.</summary>
    public static ulong Register(string? chars)
    {
        var mask = 0UL;
        lock (Gate)
        {
            foreach (var c in chars ?? "")
            {
                if (Bits[c] == 0)
                {
                    Bits[c] = (byte)Math.Min(_next++, 63);
                }

                mask |= 1UL << Bits[c];
            }
        }

        return mask;
    }

    private static byte[] CreateTable()
    {
        var bits = new byte[char.MaxValue + 1];
        for (var c = 'A'; c <= 'Z'; c++)
        {
            bits[c] = Upper;
            bits[char.ToLowerInvariant(c)] = Lower;
        }

        for (var c = '0'; c <= '9'; c++)
        {
            bits[c] = Digit;
        }

        return bits;
    }
}
