using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using DocScan.Core.Detection;
using DocScan.Core.Policy;

namespace DocScan.Core.Rules;

/// <summary>
/// An agency's rules file, in the spirit of gitleaks' config: the agency's own domains, letterhead
/// addresses and phone numbers (never reported), its evaluator roster (always reported), values it
/// allows, per-type switches, thresholds, patterns and allow-lists, types of its own, and verdict
/// overrides. The file extends the shipped defaults, which work with no file at all; only a switch
/// in the file turns one off. Schema: <c>rules/rules.schema.json</c>.
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

    public AgencyRules Agency { get; init; } = new();

    /// <summary>Names on the procurement evaluation committee roster (評選委員名單): found wherever they appear.</summary>
    public IReadOnlyList<string> Evaluators { get; init; } = [];

    /// <summary>Public officials whose names in official capacity are not private persons' data (承辦人, 機關首長).</summary>
    public IReadOnlyList<string> Officials { get; init; } = [];

    /// <summary>
    /// Values never reported (compared after NFKC, spaces and dashes removed, case-insensitive), each either the value itself
    /// or <c>sha256:</c> and the hex SHA-256 of its canonical form (<see cref="AllowHash"/>), so that a list of allowed
    /// personal data need not spell the data out.
    /// </summary>
    public IReadOnlyList<string> Allow
    {
        get => _allow;
        init
        {
            _allow = value;
            _allowSets = null;
        }
    }

    private readonly IReadOnlyList<string> _allow = [];

    /// <summary>Per finding type: switched off, a minimum confidence, a threshold, the agency's patterns and allow-list.</summary>
    public IReadOnlyDictionary<string, TypeRules> Types { get; init; } = new Dictionary<string, TypeRules>();

    /// <summary>Finding types the agency declares itself, each found by its own patterns.</summary>
    public IReadOnlyList<CustomTypeRules> Custom { get; init; } = [];

    /// <summary>Verdict overrides per finding type, e.g. <c>"ubn": "redact"</c>.</summary>
    public IReadOnlyDictionary<string, Verdict> Policy { get; init; } = new Dictionary<string, Verdict>();

    /// <summary>Which documents' text may be sent to a cloud recognizer, where one is switched on by configuration.</summary>
    public CloudRules Cloud { get; init; } = new();

    /// <summary>How redacted drafts mask values.</summary>
    public RedactionRules Redaction { get; init; } = new();

    /// <summary>
    /// The <c>rulesVersion</c> a report carries: the version name plus a digest of the file, so two
    /// differently edited files with the same name never look alike.
    /// </summary>
    [JsonIgnore]
    public string EffectiveVersion { get; private init; } = DefaultVersion;

    /// <summary>How an allow-list entry that holds a digest instead of a value starts.</summary>
    public const string AllowHashPrefix = AllowList.HashPrefix;

    private AllowList AllowSets => _allowSets ??= new AllowList(Allow);

    // Built on first use; reset whenever Allow is set, so copies made with `with` never see a stale list.
    private AllowList? _allowSets;

    public static ScanRules Default { get; } = new();

    public bool IsEnabled(string findingType) => Type(findingType)?.Enabled ?? true;

    /// <summary>Whether the shipped detector of an enabled type runs (the file may keep only its own patterns).</summary>
    public bool UsesShippedDetector(string findingType) => Type(findingType)?.UseDefault ?? true;

    public double MinConfidence(string findingType) => Type(findingType)?.MinConfidence ?? 0;

    public int Threshold(string findingType, int fallback) => Type(findingType)?.Threshold ?? fallback;

    /// <summary>The definition of a shipped type or one the file declares under <see cref="Custom"/>.</summary>
    /// <exception cref="ArgumentException">Neither knows the type.</exception>
    public FindingTypeDefinition Definition(string findingType) =>
        Custom.FirstOrDefault(c => c.Id == findingType)?.ToDefinition() ?? FindingCatalogue.For(findingType);

    /// <summary>Whether the type is shipped or declared by the file.</summary>
    public bool IsKnownType(string findingType) => FindingCatalogue.Contains(findingType) || Custom.Any(c => c.Id == findingType);

    /// <summary>The verdict a finding type forces under these rules: its definition's unless <see cref="Policy"/> overrides it.</summary>
    public Verdict VerdictFor(string findingType) =>
        Policy.TryGetValue(findingType, out var verdict) ? verdict : Definition(findingType).Verdict;

    /// <summary>Whether the global allow-list allows the value, whatever its type.</summary>
    public bool IsAllowed(string normalizedValue) => Allow.Count > 0 && AllowSets.Contains(normalizedValue);

    /// <summary>Whether the global allow-list or the type's own allows the value.</summary>
    public bool IsAllowed(string findingType, string normalizedValue) =>
        IsAllowed(normalizedValue) || (Type(findingType) is { Allow.Count: > 0 } type && type.AllowList.Contains(normalizedValue));

    /// <inheritdoc cref="AllowList.Hash"/>
    public static string AllowHash(string value) => AllowList.Hash(value);

    /// <inheritdoc cref="AllowList.IsHash"/>
    public static bool IsAllowHash(string entry) => AllowList.IsHash(entry);

    /// <inheritdoc cref="AllowList.IsWellFormedHash"/>
    public static bool IsWellFormedAllowHash(string entry) => AllowList.IsWellFormedHash(entry);

    /// <summary>Whether an e-mail domain is the agency's own (sub-domains included).</summary>
    public bool IsAgencyDomain(string domain) =>
        Agency.Domains.Any(d => domain.Equals(d, StringComparison.OrdinalIgnoreCase)
            || domain.EndsWith("." + d, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads a rules file; throws <see cref="RulesFileException"/> with a readable message when it is not valid.</summary>
    public static async Task<ScanRules> LoadAsync(string path, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
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
            throw new RulesFileException(RulesFileMessages.Unreadable(name, ex), ex);
        }

        if (rules is null)
        {
            throw new RulesFileException($"規則檔 {name} 是空的。");
        }

        new RulesFileCheck(rules, name, JsonPropertyLines.Of(json)).ThrowIfInvalid();
        var digest = Convert.ToHexStringLower(SHA256.HashData(json))[..12];
        return rules with { EffectiveVersion = $"{rules.Version}+{digest}" };
    }

    /// <inheritdoc cref="AllowList.Canonical"/>
    public static string Canonical(string value) => AllowList.Canonical(value);

    private TypeRules? Type(string findingType) => Types.TryGetValue(findingType, out var rules) ? rules : null;

    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };
}

/// <summary>The agency's own contact data: printed in every letterhead, so never a finding.</summary>
public sealed record AgencyRules
{
    public string? Name { get; init; }

    /// <summary>E-mail domains of the agency (e.g. <c>gov.taipei</c>); recipients there are not external.</summary>
    public IReadOnlyList<string> Domains { get; init; } = [];

    /// <summary>Letterhead addresses (地址) not to be reported.</summary>
    public IReadOnlyList<string> Addresses { get; init; } = [];

    /// <summary>Letterhead and service phone numbers not to be reported.</summary>
    public IReadOnlyList<string> Phones { get; init; } = [];
}

public sealed class RulesFileException(string message, Exception? inner = null) : Exception(message, inner);
