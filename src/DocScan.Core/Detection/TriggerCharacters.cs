using System.Runtime.CompilerServices;

namespace DocScan.Core.Detection;

/// <summary>
/// Gives the characters each detector requires a bit of a 64-bit set, in a table indexed by
/// character: the characters one detector names first share one bit (any of them will do for it).
/// Bit 0 stands for every other character, bits 1–3 for ASCII capitals, small letters and digits.
/// Past 63 sets the last bit is shared, which only lets more segments through.
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

    // Once per character of every segment (TextProfile): inlined.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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

    /// <summary>The bits of these characters, giving one new bit to those that have none yet.</summary>
    public static ulong Register(string? chars)
    {
        var mask = 0UL;
        lock (Gate)
        {
            var bit = (byte)0;
            foreach (var c in chars ?? "")
            {
                if (Bits[c] == 0)
                {
                    if (bit == 0)
                    {
                        bit = (byte)Math.Min(_next++, 63);
                    }

                    Bits[c] = bit;
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
