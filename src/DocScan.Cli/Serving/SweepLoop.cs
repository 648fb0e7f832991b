using DocScan.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DocScan.Cli.Serving;

/// <summary>The timer of the local host: sweeps once at start (catching up on whatever arrived while it was down), then every interval.</summary>
internal sealed partial class SweepLoop(OutboundSweeper sweeper, ServeOptions options, ILogger<SweepLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.SweepInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.SweepInterval);
        do
        {
            try
            {
                await sweeper.SweepAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A storage outage must not stop the host: the next tick tries again.
                SweepFailed(logger, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Warning, Message = "Sweep failed ({ErrorType}); trying again at the next interval")]
    private static partial void SweepFailed(ILogger logger, string errorType);
}
