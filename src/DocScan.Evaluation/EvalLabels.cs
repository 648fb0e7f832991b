using System.Text.Json;
using System.Text.Json.Serialization;
using DocScan.Core.Documents;

namespace DocScan.Evaluation;

/// <summary>One value a scan must report: its finding type, the raw value as printed, and whose it is (as reports write it: private, official, organisation).</summary>
public sealed record LabelledFinding(string Type, string Value, FindingRole Role = FindingRole.Private);

/// <summary>A value that looks like personal data but is none (王○明, a failing checksum, the word 連絡): no finding of any type may cover it.</summary>
public sealed record LookAlike(string Value, string? Type = null, string? Note = null);

/// <summary>
/// The labels of one document, <c>&lt;document&gt;.expected.json</c> beside it (docs/evaluation.md):
/// the verdict a correct scan gives, every value it must report, and the look-alikes it must not.
/// </summary>
public sealed record DocumentLabels
{
    public const string Suffix = ".expected.json";

    public required string Verdict { get; init; }

    /// <summary>Free text for people: what kind of document it is (函, 判決, 名冊…).</summary>
    public string? Kind { get; init; }

    public IReadOnlyList<LabelledFinding> Findings { get; init; } = [];

    public IReadOnlyList<LookAlike> LookAlikes { get; init; } = [];

    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Chinese stays readable in the file.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter<FindingRole>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    public static DocumentLabels Parse(string json)
    {
        DocumentLabels labels;
        try
        {
            labels = JsonSerializer.Deserialize<DocumentLabels>(json, JsonOptions) ?? throw new InvalidDataException("empty labels file");
        }
        catch (JsonException ex) when (ex.Path?.EndsWith(".role", StringComparison.Ordinal) == true)
        {
            throw new InvalidDataException($"unknown role at {ex.Path} (private, official or organisation)", ex);
        }

        if (!Verdicts.Ordered.Contains(labels.Verdict))
        {
            throw new InvalidDataException($"unknown verdict '{labels.Verdict}'");
        }

        return labels;
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions) + "\n";
}

/// <summary>The verdict ids of DESIGN.md, weakest first.</summary>
public static class Verdicts
{
    public static readonly string[] Ordered = ["release", "redact", "dual-draft", "review", "block"];
}

/// <summary>A labelled folder: every file with a <c>.expected.json</c> beside it; files without one are listed apart.</summary>
public sealed record LabelledFolder(IReadOnlyList<(string Path, string Name, DocumentLabels Labels)> Documents, IReadOnlyList<string> Unlabelled)
{
    public static LabelledFolder Read(string folder)
    {
        var root = Path.GetFullPath(folder);
        var documents = new List<(string, string, DocumentLabels)>();
        var unlabelled = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(DocumentLabels.Suffix, StringComparison.Ordinal) || Path.GetFileName(file) is "README.md" or "manifest.json")
            {
                continue;
            }

            var name = Path.GetRelativePath(root, file).Replace('\\', '/');
            var labelsFile = file + DocumentLabels.Suffix;
            if (!File.Exists(labelsFile))
            {
                unlabelled.Add(name);
                continue;
            }

            try
            {
                documents.Add((file, name, DocumentLabels.Parse(File.ReadAllText(labelsFile))));
            }
            catch (Exception ex) when (ex is JsonException or InvalidDataException)
            {
                throw new InvalidDataException($"{name}{DocumentLabels.Suffix}: {ex.Message}", ex);
            }
        }

        return new LabelledFolder(documents, unlabelled);
    }
}
