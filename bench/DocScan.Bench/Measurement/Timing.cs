using System.Diagnostics;

namespace DocScan.Bench.Measurement;

/// <summary>
/// The median of several timed runs after a warm-up, in wall-clock time and in the CPU time of
/// whoever did the work (this process, or the tool it started).
/// </summary>
/// <remarks>
/// In-process code needs a warm-up of seconds, not one run: .NET compiles hot methods again with
/// profile data in the background, and on one core that background work competes with the runs
/// themselves. Measured here: detection over the 24 MB corpus ran 1.4–1.7 s per run for the first
/// four runs and settled at 0.42 s after about 8 s. Timing earlier measures the compiler, not the code.
/// </remarks>
internal sealed record Timing(TimeSpan Median, TimeSpan Min, TimeSpan Max, TimeSpan CpuMedian, TimeSpan CpuMin, TimeSpan First, int Runs)
{
    /// <summary>Times in-process code, after warming it up for at least <paramref name="warmUp"/>.</summary>
    public static Timing Measure(int runs, TimeSpan warmUp, Action run) => Measure(runs, warmUp, run, CpuTime.OfSelf);

    public static Timing Measure(int runs, TimeSpan warmUp, Func<Task> run) =>
        Measure(runs, warmUp, () => run().GetAwaiter().GetResult());

    /// <summary>Times a command-line tool after one warm-up run (page cache); its CPU time is that of the children.</summary>
    public static Timing MeasureChildren(int runs, Action run) => Measure(runs, TimeSpan.Zero, run, CpuTime.OfChildren);

    public double Seconds => Median.TotalSeconds;

    public double CpuSeconds => CpuMedian.TotalSeconds;

    /// <summary>Warm-up goes on past its minimum until this many runs in a row agree...</summary>
    public const int SettledRuns = 3;

    /// <summary>...within this ratio of the slowest to the fastest...</summary>
    public const double SettledSpread = 1.10;

    /// <summary>...but no longer than this many times the minimum.</summary>
    public const int MaxWarmUpFactor = 3;

    private static Timing Measure(int runs, TimeSpan warmUp, Action run, Func<TimeSpan> cpu)
    {
        var warmUpStarted = Stopwatch.GetTimestamp();
        run();
        var first = Stopwatch.GetElapsedTime(warmUpStarted);

        // A fixed warm-up is not always enough: the runtime recompiles in the background, on the same
        // core, and while it does the runs are slower and charged its CPU time. Steady state is when
        // the last runs agree.
        var recent = new Queue<TimeSpan>();
        while (Stopwatch.GetElapsedTime(warmUpStarted) is var elapsed
            && (elapsed < warmUp || (warmUp > TimeSpan.Zero && !Settled(recent) && elapsed < warmUp * MaxWarmUpFactor)))
        {
            var cpuBefore = cpu();
            run();
            recent.Enqueue(cpu() - cpuBefore);
            if (recent.Count > SettledRuns)
            {
                recent.Dequeue();
            }
        }

        var wall = new List<TimeSpan>(runs);
        var cpuTimes = new List<TimeSpan>(runs);
        for (var i = 0; i < runs; i++)
        {
            // Garbage from the previous run is collected before timing, not charged to the next one.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var cpuBefore = cpu();
            var started = Stopwatch.GetTimestamp();
            run();
            wall.Add(Stopwatch.GetElapsedTime(started));
            cpuTimes.Add(cpu() - cpuBefore);
        }

        wall.Sort();
        cpuTimes.Sort();
        return new Timing(MedianOf(wall), wall[0], wall[^1], MedianOf(cpuTimes), cpuTimes[0], first, runs);
    }

    private static bool Settled(Queue<TimeSpan> recent) =>
        recent.Count == SettledRuns && recent.Max() <= recent.Min() * SettledSpread;

    private static TimeSpan MedianOf(List<TimeSpan> sorted)
    {
        var n = sorted.Count;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
