using System.Runtime.CompilerServices;

namespace DocScan.Core.Detection;

/// <summary>Requirements turned into bit masks over a <see cref="TextProfile"/>.</summary>
internal readonly record struct CompiledRequirements(TextFeatures AllOf, TextFeatures AnyOf, ulong AnyChar, int MinDigits, int MinDigitRun)
{
    public static CompiledRequirements Of(DetectorRequirements requirements) => new(
        requirements.AllOf, requirements.AnyOf, TriggerCharacters.Register(requirements.AnyChar), requirements.MinDigits, requirements.MinDigitRun);

    // Asked for every detector on every segment: inlined, and every test evaluated with `&` rather
    // than `&&`, since which detectors pass changes from line to line and branches on it mispredict.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool AreMetBy(in TextProfile profile) =>
        ((profile.Features & AllOf) == AllOf)
        & ((AnyOf == TextFeatures.None & AnyChar == 0) | (profile.Features & AnyOf) != 0 | (profile.Chars & AnyChar) != 0)
        & (profile.Digits >= MinDigits)
        & (profile.LongestDigitRun >= MinDigitRun);
}
