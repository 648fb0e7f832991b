using Spectre.Console;

namespace DocScan.Cli.Output;

/// <summary>A progress bar on the error stream while a folder is scanned, shown only to a person at a terminal.</summary>
internal static class ProgressDisplay
{
    public static async Task RunAsync(IAnsiConsole console, int total, bool enabled, Func<Action<string>, Task> work)
    {
        if (!enabled || total < 2 || !console.Profile.Capabilities.Interactive)
        {
            await work(_ => { });
            return;
        }

        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("掃描中", maxValue: total);
                await work(_ => task.Increment(1));
            });
    }
}
