using System.Runtime.InteropServices;

namespace DocScan.Bench.Measurement;

/// <summary>
/// CPU time from getrusage(2): this process (all its threads) and its finished children. On a shared
/// machine wall-clock time also counts the time other programs held the core; CPU time does not.
/// </summary>
internal static class CpuTime
{
    private const int Self = 0;
    private const int Children = -1;

    public static TimeSpan OfSelf() => Read(Self);

    /// <summary>All children this process has waited for, summed; only differences mean anything.</summary>
    public static TimeSpan OfChildren() => Read(Children);

    private static TimeSpan Read(int who)
    {
        if (getrusage(who, out var usage) != 0)
        {
            throw new InvalidOperationException($"getrusage failed: errno {Marshal.GetLastPInvokeError()}");
        }

        var micros = (usage.UserSeconds + usage.SystemSeconds) * 1_000_000 + usage.UserMicros + usage.SystemMicros;
        return TimeSpan.FromMicroseconds(micros);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out RUsage usage);

    // struct rusage on 64-bit Linux: two timevals, then fourteen longs nobody here needs.
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicros;
        public long SystemSeconds;
        public long SystemMicros;
        public Unused14 Rest;
    }

    [System.Runtime.CompilerServices.InlineArray(14)]
    private struct Unused14
    {
        private long _element;
    }
}
