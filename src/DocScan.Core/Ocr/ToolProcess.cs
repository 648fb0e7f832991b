using System.ComponentModel;
using System.Diagnostics;

namespace DocScan.Core.Ocr;

/// <summary>Runs one of the command-line tools OCR rests on (tesseract, pdftoppm, tiff2pdf), bytes in, bytes out.</summary>
internal static class ToolProcess
{
    /// <exception cref="OcrUnavailableException">The tool is not installed.</exception>
    public static async Task<(int Exit, byte[] Output, string Error)> RunAsync(
        string executable, IReadOnlyList<string> arguments, ReadOnlyMemory<byte> input, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // One thread per page: hosts read several documents at once, and Tesseract's OpenMP threads only contend.
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new OcrUnavailableException($"無法啟動 {executable}。");
        }
        catch (Win32Exception ex)
        {
            throw new OcrUnavailableException($"找不到 {executable}（{Installs(executable)}）。", ex);
        }

        using (process)
        {
            try
            {
                using var output = new MemoryStream();
                var copy = process.StandardOutput.BaseStream.CopyToAsync(output, cancellationToken);
                var error = process.StandardError.ReadToEndAsync(cancellationToken);
                try
                {
                    await process.StandardInput.BaseStream.WriteAsync(input, cancellationToken).ConfigureAwait(false);
                    process.StandardInput.Close();
                }
                catch (IOException)
                {
                    // The tool stopped reading (it failed early); its exit code and message say why.
                }

                await Task.WhenAll(copy, error).ConfigureAwait(false);
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                return (process.ExitCode, output.ToArray(), await error.ConfigureAwait(false));
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
        }
    }

    public static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "";

    private static string Installs(string executable) => executable switch
    {
        "pdftoppm" => "請安裝 poppler-utils",
        "tiff2pdf" => "請安裝 libtiff-tools",
        _ => "請安裝 tesseract-ocr、tesseract-ocr-chi-tra 與 tesseract-ocr-osd",
    };
}
