using DocScan.Storage;
using Microsoft.Azure.Functions.Worker;

namespace DocScan.Functions;

/// <summary>Every ten minutes: scan what has no report (a lost event, an outage) and what older rules judged.</summary>
public sealed class SweepOutboundFunction(OutboundSweeper sweeper)
{
    public const string Name = "SweepOutbound";

    [Function(Name)]
    public async Task RunAsync([TimerTrigger("0 */10 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        await sweeper.SweepAsync(cancellationToken);
}
