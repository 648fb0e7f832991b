using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Fuzz;

/// <summary>What readers other than DocScan get out of a file (read_text.py: poppler, Python's zipfile and email).</summary>
internal sealed record ThirdPartyText(string Text, IReadOnlyList<string> Readers)
{
    private string? _comparable;

    /// <summary>The text as <see cref="ThirdPartyReader.Comparable"/> makes it.</summary>
    public string Comparable => _comparable ??= ThirdPartyReader.Comparable(Text);

    public bool CanRead(string comparableValue) => Comparable.Contains(comparableValue, StringComparison.Ordinal);
}

/// <summary>
/// Runs read_text.py once over a batch of files. Python and poppler read independently of .NET's zip,
/// XML and mail code and of PdfPig, so a value they read is really still in the file.
/// </summary>
internal static class ThirdPartyReader
{
    public static async Task<IReadOnlyList<ThirdPartyText>> ReadAsync(IReadOnlyList<(string FileName, byte[] Content)> files)
    {
        var folder = Directory.CreateTempSubdirectory("docscan-fuzz-");
        try
        {
            var inputs = new List<string[]>();
            for (var i = 0; i < files.Count; i++)
            {
                var path = Path.Combine(folder.FullName, i.ToString(CultureInfo.InvariantCulture), files[i].FileName);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllBytesAsync(path, files[i].Content);
                inputs.Add([path, files[i].FileName]);
            }

            var start = new ProcessStartInfo("python3")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardInputEncoding = new UTF8Encoding(false),
            };
            start.ArgumentList.Add(RepositoryRoot.Combine("tests", "DocScan.Core.Tests", "Fuzz", "read_text.py"));
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.StandardInput.WriteAsync(JsonSerializer.Serialize(inputs));
            process.StandardInput.Close();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, "read_text.py failed: " + await errors);

            using var json = JsonDocument.Parse(await output);
            return json.RootElement.EnumerateArray()
                .Select(e => new ThirdPartyText(e.GetProperty("text").GetString()!,
                    e.GetProperty("readers").EnumerateArray().Select(r => r.GetString()!).ToList()))
                .ToList();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Half-width (NFKC), 台 read as 臺, and only letters and digits kept: a value reads the same whether
    /// it is printed with spaces, dashes, brackets or split over lines ("(02)2960-3456" is "0229603456").
    /// </summary>
    public static string Comparable(string text)
    {
        // Letters and digits first: garbage decoded from damaged bytes holds code points NFKC refuses.
        var kept = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || rune.Value is >= 0xFF01 and <= 0xFF5E)
            {
                kept.Append(rune.ToString());
            }
        }

        var normalized = kept.ToString().Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c == '台' ? '臺' : char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
