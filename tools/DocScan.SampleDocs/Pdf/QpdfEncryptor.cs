using System.Diagnostics;

namespace DocScan.SampleDocs.Pdf;

/// <summary>
/// Password-protects a PDF with qpdf (Debian package qpdf), AES-128: PdfPig cannot write encryption. The static
/// ID and IV switches are qpdf's own options for reproducible output (AES-256 draws random salts qpdf cannot fix).
/// </summary>
public static class QpdfEncryptor
{
    public static byte[] Encrypt(byte[] pdf, string userPassword, string ownerPassword)
    {
        var folder = Directory.CreateTempSubdirectory("docscan-samples-");
        try
        {
            var input = Path.Combine(folder.FullName, "in.pdf");
            var output = Path.Combine(folder.FullName, "out.pdf");
            File.WriteAllBytes(input, pdf);
            var start = new ProcessStartInfo("qpdf")
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            foreach (var argument in new[]
                     {
                         "--static-id", "--static-aes-iv", "--encrypt", userPassword, ownerPassword, "128", "--use-aes=y", "--", input, output,
                     })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)
                ?? throw new InvalidOperationException("qpdf did not start: apt-get install -y qpdf");
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0
                ? File.ReadAllBytes(output)
                : throw new InvalidOperationException($"qpdf failed ({process.ExitCode}): {errors}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("qpdf is missing: apt-get install -y qpdf", e);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
