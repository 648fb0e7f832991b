using System.ComponentModel;
using System.Diagnostics;
using DocScan.Core.Extraction;
using DocScan.Core.Extraction.Legacy;

namespace DocScan.Redaction;

/// <summary>
/// A Word, Excel or PowerPoint 97–2003 file saved in the modern format of the same kind (.docx, .xlsx,
/// .pptx) by LibreOffice headless, so the Office draft writers can redact it. Without LibreOffice there
/// is no conversion, and the caller offers no draft.
/// </summary>
internal static class LegacyOfficeConversion
{
    /// <summary>The converted file and its extension; null when the file is no Office document, or LibreOffice is not installed, fails or takes longer than <paramref name="limit"/>.</summary>
    public static async Task<(byte[] Content, string Extension)?> ToModernAsync(
        ReadOnlyMemory<byte> content, TimeSpan limit, CancellationToken cancellationToken)
    {
        if (Kind(content) is not { } extension)
        {
            return null;
        }

        var folder = Directory.CreateTempSubdirectory("docscan-legacy-");
        try
        {
            // The document's own name may hold a value; LibreOffice only needs the kind.
            var input = Path.Combine(folder.FullName, "document" + extension[..^1]);
            await File.WriteAllBytesAsync(input, content.ToArray(), cancellationToken).ConfigureAwait(false);
            // A profile of its own: conversions run side by side, and two soffice processes must not share one.
            var profile = new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri;
            var start = new ProcessStartInfo("soffice",
                [$"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", extension[1..], "--outdir", folder.FullName, input])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(limit);
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
                await Task.WhenAll(output, errors).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                if (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }

                // Past the time limit: no conversion, as when LibreOffice fails.
                return null;
            }

            var converted = Path.ChangeExtension(input, extension);
            return process.ExitCode == 0 && File.Exists(converted)
                ? (await File.ReadAllBytesAsync(converted, cancellationToken).ConfigureAwait(false), extension)
                : null;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The modern extension for the compound file's kind, from its streams (as the reader tells them apart).</summary>
    public static string? Kind(ReadOnlyMemory<byte> content)
    {
        try
        {
            var file = LegacyFile.Open(content);
            return file.HasStream("WordDocument") ? ".docx"
                : file.HasStream("Workbook") || file.HasStream("Book") ? ".xlsx"
                : file.HasStream("PowerPoint Document") ? ".pptx"
                : null;
        }
        catch (ScanProblemException)
        {
            return null;
        }
    }

    private static Process? Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start);
        }
        catch (Win32Exception)
        {
            // No soffice on the path.
            return null;
        }
    }
}
