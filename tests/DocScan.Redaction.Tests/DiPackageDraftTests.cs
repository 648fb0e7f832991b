using System.Diagnostics;
using System.Text.Json;
using DocScan.Redaction;
using DocScan.Core.Tests.Support;

namespace DocScan.Redaction.Tests;

/// <summary>
/// 分旨分文 for a DI package: a zip of a 函 copied to several citizens, its exchange form and an attachment
/// becomes one zip per citizen. Each is read back by Python's zipfile and ElementTree, not by DocScan.
/// </summary>
public sealed class DiPackageDraftTests
{
    private static readonly string[] Citizens = ["王小明君", "李大華君", "張美玲女士"];

    [Fact]
    public async Task Package_of_a_letter_to_several_citizens_becomes_one_package_per_citizen()
    {
        var letter = DiLetters.Letter().Replace("<正本><全銜>王小明君</全銜></正本>", $"<正本><全銜>{string.Join("、", Citizens)}</全銜></正本>");
        var zip = ZipBuilder.BuildText(("公文.di", letter), ("公文.sw", DiLetters.ExchangeForm), ("附件一.txt", DiLetters.AttachmentText));

        var result = await new DraftService(new DocumentScanner(new ScanOptions())).CreateDraftsAsync(zip, "電子公文.zip");

        Assert.True(result.Status == DraftStatus.Offered, $"{result.Status}: {string.Join("\n", result.Problems)}");
        var packages = result.Files.Where(f => f.Kind == "recipient").ToList();
        Assert.Equal(Citizens.Length, packages.Count);
        Assert.Contains(result.Notes, n => n.Contains("分旨分文", StringComparison.Ordinal));
        for (var i = 0; i < Citizens.Length; i++)
        {
            Assert.EndsWith(".zip", packages[i].Path, StringComparison.Ordinal);
            using var read = await ReadWithPythonAsync(packages[i].Content);
            var root = read.RootElement;
            Assert.Equal(["公文.di", "公文.sw", "附件一.txt"], root.GetProperty("entries").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));
            Assert.Equal(Citizens[i], root.GetProperty("正本").GetString());
            Assert.Equal("嘉禾市政府工務局", root.GetProperty("副本").GetString());
            var everything = root.GetProperty("text").GetString()!;
            Assert.All(Citizens.Where((_, j) => j != i), other => Assert.DoesNotContain(other[..3], everything, StringComparison.Ordinal));
            Assert.DoesNotContain(DiLetters.ApplicantId, everything, StringComparison.Ordinal);
            Assert.DoesNotContain(DiLetters.AttachmentId, everything, StringComparison.Ordinal);
            Assert.Contains("陳情人名冊", everything, StringComparison.Ordinal);
        }
    }

    // The DI is parsed with ElementTree, whose parser reads the internal subset and never fetches the external DTD.
    private const string Reader = """
        import io, json, sys, zipfile
        import xml.etree.ElementTree as ET
        archive = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))
        names = [i.filename for i in archive.infolist()]
        root = ET.fromstring(archive.read("公文.di"))
        text = "\n".join(archive.read(n).decode("utf-8") for n in names)
        print(json.dumps({"entries": names, "正本": "".join(root.find("正本").itertext()), "副本": "".join(root.find("副本").itertext()), "text": text}))
        """;

    private static async Task<JsonDocument> ReadWithPythonAsync(byte[] zip)
    {
        var start = new ProcessStartInfo("python3", ["-c", Reader])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        await process.StandardInput.BaseStream.WriteAsync(zip);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, errors);
        return JsonDocument.Parse(await output);
    }
}
