using System.Diagnostics;

namespace DocScan.Bench.Measurement;

/// <summary>Runs a command-line tool and fails loudly when it fails: a failed run is not a fast run.</summary>
internal static class ExternalTool
{
    /// <summary>Runs to completion with output discarded; returns the exit code.</summary>
    public static int Run(string file, params string[] arguments)
    {
        using var process = Start(file, arguments);
        // Both pipes are drained concurrently so a chatty tool never blocks on a full pipe.
        var stdout = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var stderr = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        process.WaitForExit();
        Task.WaitAll(stdout, stderr);
        return process.ExitCode;
    }

    public static void RunOrThrow(string file, params string[] arguments)
    {
        var code = Run(file, arguments);
        if (code != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {code}");
        }
    }

    /// <summary>Standard output and error together, for version banners; null when the tool is missing.</summary>
    public static string? Output(string file, params string[] arguments)
    {
        try
        {
            using var process = Start(file, arguments);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return stdout.Result + stderr.Result;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static Process Start(string file, string[] arguments)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new InvalidOperationException($"{file} did not start");
    }
}
