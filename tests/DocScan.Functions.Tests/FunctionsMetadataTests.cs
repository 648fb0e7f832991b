using System.Reflection;
using System.Text.Json;

namespace DocScan.Functions.Tests;

/// <summary>What the Functions host will index: read from the function app's build output, as the host reads it.</summary>
public sealed class FunctionsMetadataTests
{
    private static readonly string OutputDirectory = typeof(FunctionsMetadataTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "FunctionsOutputDirectory").Value!;

    [Fact]
    public void Build_output_lists_the_blob_timer_and_http_functions()
    {
        var functions = Functions();

        Assert.Subset(functions.Keys.ToHashSet(), new HashSet<string> { "ScanOutbound", "SweepOutbound", "Upload" });
        Assert.True(File.Exists(Path.Combine(OutputDirectory, "host.json")), "host.json is linked into the function app's output");
    }

    [Fact]
    public void ScanOutbound_is_what_the_deployment_subscribes_event_grid_to()
    {
        var trigger = Trigger("ScanOutbound");

        Assert.Equal("blobTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("outbound/{path}", trigger.GetProperty("path").GetString());
        Assert.Equal("EventGrid", trigger.GetProperty("source").GetString());
        Assert.Equal("DocScanStorage", trigger.GetProperty("connection").GetString());
    }

    [Fact]
    public void SweepOutbound_runs_on_a_timer_and_Upload_takes_posts()
    {
        var timer = Trigger("SweepOutbound");
        var upload = Trigger("Upload");

        Assert.Equal("timerTrigger", timer.GetProperty("type").GetString());
        Assert.Equal("0 */10 * * * *", timer.GetProperty("schedule").GetString());
        Assert.Equal("httpTrigger", upload.GetProperty("type").GetString());
        Assert.Equal(["post"], upload.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()));
        Assert.Equal("documents", upload.GetProperty("route").GetString());
        // Platform authentication (infra/) stands in front; the function keys would only be a second, shared secret.
        Assert.Equal("Anonymous", upload.GetProperty("authLevel").GetString());
    }

    private static JsonElement Trigger(string function) =>
        Functions()[function].GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));

    private static Dictionary<string, JsonElement> Functions()
    {
        var path = Path.Combine(OutputDirectory, "functions.metadata");
        Assert.True(File.Exists(path), $"the Functions SDK writes {path} when the app builds");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone());
    }
}
