using System.Runtime;
using System.Runtime.InteropServices;

namespace DocScan.Bench.Measurement;

/// <summary>What the numbers were measured on: they mean little without it.</summary>
internal static class MachineInfo
{
    public static IEnumerable<(string Name, string Value)> Describe()
    {
        var cpuinfo = ReadLines("/proc/cpuinfo");
        yield return ("cpu", cpuinfo.FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown");
        yield return ("cores (nproc)", $"{cpuinfo.Count(l => l.StartsWith("processor", StringComparison.Ordinal))} online, {Environment.ProcessorCount} usable by this process");
        yield return ("memory", Memory());
        yield return ("os", ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?[12..].Trim('"') ?? RuntimeInformation.OSDescription);
        yield return ("kernel", File.Exists("/proc/sys/kernel/osrelease") ? File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : "unknown");
        yield return (".NET", $"{RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC");
        yield return ("ripgrep", FirstLine(ExternalTool.Output("rg", "--version")));
        yield return ("pdftotext", FirstLine(ExternalTool.Output("pdftotext", "-v")));
        yield return ("pandoc", FirstLine(ExternalTool.Output("pandoc", "--version")));
    }

    /// <summary>1, 5 and 15 minute load averages: a busy machine slows wall-clock numbers.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Memory()
    {
        var total = ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        return total is null ? "unknown" : $"{long.Parse(total.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0 / 1024.0:0.0} GiB";
    }

    private static string FirstLine(string? output) =>
        output?.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "not installed";

    private static string[] ReadLines(string path) => File.Exists(path) ? File.ReadAllLines(path) : [];
}
