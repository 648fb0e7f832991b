using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocScan.Core.Tests.Samples;

/// <summary>sample-docs/expected.json: what the generator planted in each document.</summary>
public sealed record ExpectedSamples(IReadOnlyList<ExpectedDocument> Documents)
{
    public static ExpectedSamples Load(string path) =>
        JsonSerializer.Deserialize<ExpectedSamples>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
        ?? throw new InvalidOperationException("empty expected.json");
}

public sealed record ExpectedDocument(
    string File,
    string Verdict,
    IReadOnlyList<string>? Problems,
    IReadOnlyList<ExpectedFinding>? Findings);

/// <param name="Role">Absent for a private person's data; <c>official</c> or <c>organisation</c> otherwise.</param>
public sealed record ExpectedFinding(string Type, string Masked, string Source, bool Hidden, string? Role = null)
{
    [JsonIgnore]
    public string Key => $"{Type} {Masked} {Source} hidden={Hidden}";
}
