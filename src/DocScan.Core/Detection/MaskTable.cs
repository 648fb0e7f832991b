namespace DocScan.Core.Detection;

/// <summary>
/// Hands out one string instance per masked form seen lately, so that findings with the same mask
/// share it: 臺北市大安區○○路○段○號, 民國80年**月**日 or 王○明 recur throughout a batch of letters.
/// Every finding is kept until its document's report is written, and each string a finding holds
/// is one more object the garbage collector copies as the finding ages; a shared mask is copied once.
/// Only masks are kept here, never values: masks are what reports may store and show anyway.
/// </summary>
/// <remarks>
/// A fixed table indexed by hash, one mask a slot, the newest winning: no lock and no growth. Threads
/// may race on a slot; each reads or writes a whole reference, so the worst outcome is a missed share.
/// </remarks>
internal sealed class MaskTable
{
    private const int Slots = 8192;

    // Longer masks are rare and seldom repeat.
    private const int MaxLength = 64;

    private readonly string?[] _slots = new string?[Slots];

    /// <summary>An equal string seen before, or <paramref name="masked"/> itself (kept for next time).</summary>
    public string Share(string masked)
    {
        if (masked.Length > MaxLength)
        {
            return masked;
        }

        ref var slot = ref _slots[masked.GetHashCode() & (Slots - 1)];
        var seen = slot;
        if (seen is not null && string.Equals(seen, masked, StringComparison.Ordinal))
        {
            return seen;
        }

        slot = masked;
        return masked;
    }
}
