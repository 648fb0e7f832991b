using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocScan.Core.Rules;

/// <summary>
/// An agency's rules file: values it allows (its own letterhead numbers, published contacts) and the
/// detectors it switches off. The shipped defaults work with no file at all.
/// </summary>
public sealed record ScanRules
{
    /// <summary>Version of the shipped defaults; a report names the rules that judged it.</summary>
    public const string DefaultVersion = "2026.11-1";

    /// <summary>Lets editors validate the file against the published schema.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>The agency's own name for this rules revision.</summary>
    public string Version { get; init; } = DefaultVersion;

    /// <summary>Normalized values never reported (compared after NFKC, spaces removed, case-insensitive).</summary>
    public IReadOnlyList<string> Allow { get; init; } = [];

    /// <summary>Finding types switched off, e.g. <c>masked-national-id</c>.</summary>
    public IReadOnlyList<string> Disabled { get; init; } = [];

    /// <summary>
    /// The <c>rulesVersion</c> a report carries: the version name plus a digest of the file, so two
    /// differently edited files with the same name never look alike.
    /// </summary>
    [JsonIgnore]
    public string EffectiveVersion { get; private init; } = DefaultVersion;

    public static ScanRules Default { get; } = new();

    public bool IsEnabled(string findingType) => !Disabled.Contains(findingType, StringComparer.OrdinalIgnoreCase);

    public bool IsAllowed(string normalizedValue) =>
        Allow.Any(a => string.Equals(Canonical(a), Canonical(normalizedValue), StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads a rules file; throws <see cref="RulesFileException"/> with a readable message when it is not valid.</summary>
    public static async Task<ScanRules> LoadAsync(string path, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new RulesFileException($"無法讀取規則檔 {path}：{ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new RulesFileException($"無法讀取規則檔 {path}：{ex.Message}", ex);
        }

        return Parse(bytes, path);
    }

    public static ScanRules Parse(ReadOnlySpan<byte> json, string name)
    {
        ScanRules? rules;
        try
        {
            rules = JsonSerializer.Deserialize<ScanRules>(json, SerializerOptions);
        }
        catch (JsonException ex)
        {
            throw new RulesFileException($"規則檔 {name} 格式錯誤：{ex.Message}", ex);
        }

        if (rules is null)
        {
            throw new RulesFileException($"規則檔 {name} 是空的。");
        }

        var digest = Convert.ToHexStringLower(SHA256.HashData(json))[..12];
        return rules with { EffectiveVersion = $"{rules.Version}+{digest}" };
    }

    private static string Canonical(string value) =>
        new(value.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };
}

public sealed class RulesFileException(string message, Exception? inner = null) : Exception(message, inner);
