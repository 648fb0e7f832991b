using System.Diagnostics;

namespace DocScan.Core.Tests.Support;

/// <summary>
/// LibreOffice headless (Debian <c>libreoffice-*-nogui</c>, installed by test.sh): an office suite that is
/// not DocScan opens a document and prints it to PDF, or says it cannot.
/// </summary>
internal static class LibreOffice
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <summary>The document printed to PDF by <c>soffice --headless --convert-to pdf</c>; fails the test when it cannot be.</summary>
    public static async Task<byte[]> ToPdfAsync(byte[] content, string name)
    {
        var folder = Directory.CreateTempSubdirectory("docscan-lo-");
        try
        {
            var input = Path.Combine(folder.FullName, name);
            await File.WriteAllBytesAsync(input, content);
            // A profile of its own: tests run in parallel, and two soffice processes must not share one.
            var profile = new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri;
            using var process = Process.Start(new ProcessStartInfo("soffice",
                [$"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder.FullName, input])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Limit);
            await process.WaitForExitAsync(timeout.Token);
            var pdf = Path.ChangeExtension(input, ".pdf");
            Assert.True(process.ExitCode == 0 && File.Exists(pdf),
                $"LibreOffice could not open {name}: exit {process.ExitCode}\n{await stdout}\n{await stderr}");
            return await File.ReadAllBytesAsync(pdf);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
