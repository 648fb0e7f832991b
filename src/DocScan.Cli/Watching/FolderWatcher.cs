using System.Security.Cryptography;
using DocScan.Cli.Output;
using DocScan.Cli.Scanning;
using DocScan.Core.Reporting;
using DocScan.Core.Scanning;

namespace DocScan.Cli.Watching;

public sealed record WatchOptions
{
    public required string Directory { get; init; }

    /// <summary>Where reports go, mirroring the folder's layout; null writes them beside each document.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>The state file; by default <c>.docscan-watch.json</c> in the report folder.</summary>
    public string? StateFile { get; init; }

    /// <summary>How often the folder is listed even without change notifications (network shares often send none).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>A file is scanned once it has not changed for this long, so that one still being copied is not read half-written.</summary>
    public TimeSpan SettleTime { get; init; } = TimeSpan.FromSeconds(2);
}

/// <param name="Path">The file as found, relative to the watched folder.</param>
public sealed record WatchedReport(string Path, ScanReport Report, string ReportFile);

/// <summary>
/// <c>docscan watch</c>: for agencies whose outbound folder is a file share. Scans every file that
/// appears or changes, writes its reports, and records it in the state file so a restart goes on where
/// it stopped.
/// </summary>
public sealed class FolderWatcher
{
    private const string DefaultStateName = ".docscan-watch.json";

    private readonly DocumentScanner _scanner;
    private readonly WatchOptions _options;
    private readonly TimeProvider _time;
    private readonly string _root;
    private readonly string? _output;
    private readonly ReportFiles _reports;

    public FolderWatcher(DocumentScanner scanner, WatchOptions options, TimeProvider? time = null)
    {
        _scanner = scanner;
        _options = options;
        _time = time ?? TimeProvider.System;
        _root = Path.GetFullPath(options.Directory);
        _output = options.OutputDirectory is null ? null : Path.GetFullPath(options.OutputDirectory);
        _reports = new ReportFiles(_output ?? _root, html: true);
        State = WatchState.Load(Path.GetFullPath(options.StateFile ?? Path.Combine(_output ?? _root, DefaultStateName)));
    }

    public WatchState State { get; }

    /// <summary>Called for each document scanned, in the order they were.</summary>
    public event Action<WatchedReport>? Scanned;

    /// <summary>Watches until cancelled: a pass at start, then one on every change notification and every poll interval.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var changed = new SemaphoreSlim(0, 1);
        using var watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Wake(object? sender, EventArgs e)
        {
            if (changed.CurrentCount == 0)
            {
                try
                {
                    changed.Release();
                }
                catch (SemaphoreFullException)
                {
                }
            }
        }

        watcher.Created += Wake;
        watcher.Changed += Wake;
        watcher.Renamed += Wake;
        watcher.Error += Wake;
        watcher.EnableRaisingEvents = true;

        while (!cancellationToken.IsCancellationRequested)
        {
            var settling = await ScanPendingAsync(waitForSettle: true, cancellationToken).ConfigureAwait(false);
            var wait = settling is { } remaining && remaining < _options.PollInterval ? remaining : _options.PollInterval;
            try
            {
                await changed.WaitAsync(wait, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>
    /// One pass over the folder: scans every file not done yet.
    /// </summary>
    /// <param name="waitForSettle">Leave files changed within the settle time for a later pass (off for a one-off run).</param>
    /// <returns>When the next file still settling will be ready, or null when none is.</returns>
    public async Task<TimeSpan?> ScanPendingAsync(bool waitForSettle, CancellationToken cancellationToken)
    {
        TimeSpan? nextReady = null;
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        foreach (var full in Directory.EnumerateFiles(_root, "*", options).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsIgnored(full))
            {
                continue;
            }

            var relative = Path.GetRelativePath(_root, full);
            var info = new FileInfo(full);
            if (!info.Exists || State.IsUnchanged(relative, info.Length, info.LastWriteTimeUtc))
            {
                continue;
            }

            var age = _time.GetUtcNow().UtcDateTime - info.LastWriteTimeUtc;
            if (waitForSettle && age < _options.SettleTime)
            {
                var remaining = _options.SettleTime - age;
                nextReady = nextReady is { } known && known < remaining ? known : remaining;
                continue;
            }

            await ScanFileAsync(full, relative, info, cancellationToken).ConfigureAwait(false);
        }

        return nextReady;
    }

    private async Task ScanFileAsync(string full, string relative, FileInfo info, CancellationToken cancellationToken)
    {
        string sha;
        ScanReport report;
        try
        {
            if (info.Length > _scanner.Options.Limits.MaxDocumentBytes)
            {
                report = await _scanner.ScanFileAsync(full, cancellationToken).ConfigureAwait(false);
                sha = report.Document.Sha256;
            }
            else
            {
                var content = await File.ReadAllBytesAsync(full, cancellationToken).ConfigureAwait(false);
                sha = Convert.ToHexStringLower(SHA256.HashData(content));
                if (State.HasContent(relative, sha))
                {
                    // Touched or copied again with the same bytes: its report stands.
                    State.Touch(relative, info.Length, info.LastWriteTimeUtc);
                    State.Save();
                    return;
                }

                report = (await _scanner.ScanAsync(content, new DocumentScanOptions { Name = Path.GetFileName(full), Location = full }, cancellationToken)
                    .ConfigureAwait(false)).Report;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Still being written, or gone: the next pass sees it again.
            return;
        }

        var reportFile = await _reports.WriteAsync(new DocumentPath(full, relative), report, cancellationToken).ConfigureAwait(false);
        State.Record(relative, new WatchedFile(info.Length, info.LastWriteTimeUtc, sha, ReportJson.VerdictId(report.Verdict), _time.GetUtcNow()));
        State.Save();
        Scanned?.Invoke(new WatchedReport(relative, report, reportFile));
    }

    private bool IsIgnored(string full)
    {
        var name = Path.GetFileName(full);
        if (full == State.FilePath || full == State.FilePath + ".tmp")
        {
            return true;
        }

        // Office and LibreOffice lock files: a few bytes naming who has the document open.
        if (name.StartsWith("~$", StringComparison.Ordinal) || name.StartsWith(".~lock.", StringComparison.Ordinal))
        {
            return true;
        }

        if (_output is null)
        {
            return name.EndsWith(ReportFiles.JsonSuffix, StringComparison.Ordinal) || name.EndsWith(ReportFiles.HtmlSuffix, StringComparison.Ordinal);
        }

        return full.StartsWith(_output + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
