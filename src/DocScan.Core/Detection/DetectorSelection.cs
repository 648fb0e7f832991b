using System.Numerics;

namespace DocScan.Core.Detection;

/// <summary>
/// Which of up to 64 detectors' requirements a segment's <see cref="TextProfile"/> meets, one bit per
/// detector, found with a few table look-ups instead of testing each detector's requirements in turn:
/// with some twenty detectors and half a million short segments in a batch of letters, those tests
/// were a noticeable share of detection. Gives exactly what <see cref="CompiledRequirements.AreMetBy"/> would.
/// </summary>
internal sealed class DetectorSelection
{
    public const int MaxDetectors = 64;

    private const TextFeatures AllFeatures = TextFeatures.AsciiDigit | TextFeatures.AsciiLetter | TextFeatures.AsciiUpper | TextFeatures.TableCell;

    // Indexed by the segment's TextFeatures (four flags): detectors whose AllOf the features hold, and
    // detectors whose AnyOf they meet (or which ask for no feature or character at all).
    private readonly ulong[] _allOfMet = new ulong[16];
    private readonly ulong[] _anyOfMet = new ulong[16];

    // Indexed by a trigger-character bit: detectors that name one of its characters.
    private readonly ulong[] _anyCharMet = new ulong[64];

    // Indexed by the number of digits (or the longest run), capped at the largest requirement:
    // detectors that need no more.
    private readonly ulong[] _digitsMet;
    private readonly ulong[] _digitRunMet;

    public DetectorSelection(IReadOnlyList<CompiledRequirements> requirements)
    {
        if (requirements.Count > MaxDetectors)
        {
            throw new ArgumentOutOfRangeException(nameof(requirements), "At most 64 detectors.");
        }

        _digitsMet = new ulong[requirements.Select(r => Math.Max(0, r.MinDigits)).DefaultIfEmpty().Max() + 1];
        _digitRunMet = new ulong[requirements.Select(r => Math.Max(0, r.MinDigitRun)).DefaultIfEmpty().Max() + 1];
        for (var d = 0; d < requirements.Count; d++)
        {
            var r = requirements[d];
            if (((r.AllOf | r.AnyOf) & ~AllFeatures) != 0)
            {
                throw new ArgumentException("A feature the selection's tables do not cover.", nameof(requirements));
            }

            var bit = 1UL << d;
            for (var f = 0; f < 16; f++)
            {
                var features = (TextFeatures)f;
                _allOfMet[f] |= (features & r.AllOf) == r.AllOf ? bit : 0;
                _anyOfMet[f] |= (r.AnyOf == TextFeatures.None && r.AnyChar == 0) || (features & r.AnyOf) != 0 ? bit : 0;
            }

            for (var c = 0; c < 64; c++)
            {
                _anyCharMet[c] |= (r.AnyChar & (1UL << c)) != 0 ? bit : 0;
            }

            for (var n = Math.Max(0, r.MinDigits); n < _digitsMet.Length; n++)
            {
                _digitsMet[n] |= bit;
            }

            for (var n = Math.Max(0, r.MinDigitRun); n < _digitRunMet.Length; n++)
            {
                _digitRunMet[n] |= bit;
            }
        }
    }

    /// <summary>One bit per detector, by index, set for each whose requirements the profile meets.</summary>
    public ulong Selected(in TextProfile profile)
    {
        var features = (int)(profile.Features & AllFeatures);
        var any = _anyOfMet[features];
        for (var chars = profile.Chars; chars != 0; chars &= chars - 1)
        {
            any |= _anyCharMet[BitOperations.TrailingZeroCount(chars)];
        }

        return any
            & _allOfMet[features]
            & _digitsMet[Math.Min(profile.Digits, _digitsMet.Length - 1)]
            & _digitRunMet[Math.Min(profile.LongestDigitRun, _digitRunMet.Length - 1)];
    }
}
