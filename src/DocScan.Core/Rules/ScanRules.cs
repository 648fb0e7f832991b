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
/// allows, per-type switches and thresholds, and verdict overrides. The shipped defaults work with no
/// file at all. Schema: <c>rules/rules.schema.json</c>.
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

    /// <summary>Per finding type: switched off, a minimum confidence, a threshold.</summary>
    public IReadOnlyDictionary<string, TypeRules> Types { get; init; } = new Dictionary<string, TypeRules>();

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
    public const string AllowHashPrefix = "sha256:";

    private (HashSet<string> Values, HashSet<string> Hashes) AllowSets => _allowSets ??= (
        Allow.Where(a => !IsAllowHash(a)).Select(Canonical).ToHashSet(StringComparer.OrdinalIgnoreCase),
        Allow.Where(IsAllowHash).Select(a => a[AllowHashPrefix.Length..]).ToHashSet(StringComparer.OrdinalIgnoreCase));

    // Built on first use; reset whenever Allow is set, so copies made with `with` never see stale sets.
    private (HashSet<string> Values, HashSet<string> Hashes)? _allowSets;

    public static ScanRules Default { get; } = new();

    public bool IsEnabled(string findingType) => Type(findingType)?.Enabled ?? true;

    public double MinConfidence(string findingType) => Type(findingType)?.MinConfidence ?? 0;

    public int Threshold(string findingType, int fallback) => Type(findingType)?.Threshold ?? fallback;

    /// <summary>The verdict a finding type forces under these rules: the shipped one unless <see cref="Policy"/> overrides it.</summary>
    public Verdict VerdictFor(string findingType) =>
        Policy.TryGetValue(findingType, out var verdict) ? verdict : FindingCatalogue.For(findingType).Verdict;

    public bool IsAllowed(string normalizedValue)
    {
        if (Allow.Count == 0)
        {
            return false;
        }

        var (values, hashes) = AllowSets;
        var canonical = Canonical(normalizedValue);
        return values.Contains(canonical) || (hashes.Count > 0 && hashes.Contains(AllowHash(canonical)[AllowHashPrefix.Length..]));
    }

    /// <summary>
    /// The allow-list entry that allows <paramref name="value"/> without holding it: <c>sha256:</c> and the lowercase hex SHA-256 of
    /// the UTF-8 bytes of its canonical form (<see cref="Canonical"/>), upper-cased (invariant culture). A digest of a short identifier
    /// is easily reversed by trying every candidate, so a list of them is kept as private as the documents, though it is no secret.
    /// </summary>
    public static string AllowHash(string value) =>
        AllowHashPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(value).ToUpperInvariant())));

    /// <summary>Whether an allow-list entry is a digest (<see cref="AllowHash"/>) rather than a value.</summary>
    public static bool IsAllowHash(string entry) => entry.StartsWith(AllowHashPrefix, StringComparison.Ordinal);

    /// <summary>Whether an entry is <c>sha256:</c> and exactly 64 hex digits.</summary>
    public static bool IsWellFormedAllowHash(string entry) =>
        IsAllowHash(entry) && entry.Length == AllowHashPrefix.Length + 64 && !entry.AsSpan(AllowHashPrefix.Length).ContainsAnyExcept(HexDigits);

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
            throw new RulesFileException($"規則檔 {name} 格式錯誤：{ex.Message}", ex);
        }

        if (rules is null)
        {
            throw new RulesFileException($"規則檔 {name} 是空的。");
        }

        CheckCloud(rules.Cloud, name);
        CheckAllow(rules.Allow, name);
        var digest = Convert.ToHexStringLower(SHA256.HashData(json))[..12];
        return rules with { EffectiveVersion = $"{rules.Version}+{digest}" };
    }

    /// <summary>The canonical form allow-list entries and values are compared in.</summary>
    public static string Canonical(string value) =>
        new(value.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    // A mangled digest would never match: the value it was meant to allow would keep being reported, with nobody told why.
    private static void CheckAllow(IReadOnlyList<string>? allow, string name)
    {
        if (allow is null)
        {
            throw new RulesFileException($"規則檔 {name} 的 allow 不可為 null。");
        }

        var bad = allow.Where(a => IsAllowHash(a) && !IsWellFormedAllowHash(a)).ToList();
        if (bad.Count > 0)
        {
            throw new RulesFileException($"規則檔 {name} 的 allow 有格式錯誤的雜湊值（應為 sha256: 加 64 個十六進位字元）：{string.Join("、", bad)}。");
        }
    }

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    // A misspelt type or an empty pattern would silently let text leave: refuse the file instead.
    private static void CheckCloud(CloudRules? cloud, string name)
    {
        if (cloud?.ForbiddenPaths is null || cloud.ForbiddenWhenFound is null)
        {
            throw new RulesFileException($"規則檔 {name} 的 cloud 設定不可為 null。");
        }

        var unknown = cloud.ForbiddenWhenFound.Where(t => !FindingCatalogue.Contains(t)).ToList();
        if (unknown.Count > 0)
        {
            throw new RulesFileException($"規則檔 {name} 的 cloud.forbiddenWhenFound 有不認得的偵測類型：{string.Join("、", unknown)}。");
        }

        if (cloud.ForbiddenPaths.Any(string.IsNullOrWhiteSpace))
        {
            throw new RulesFileException($"規則檔 {name} 的 cloud.forbiddenPaths 不可有空白的路徑。");
        }
    }

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

public sealed record TypeRules
{
    public bool Enabled { get; init; } = true;

    /// <summary>Matches below this confidence are dropped.</summary>
    public double? MinConfidence { get; init; }

    /// <summary>A count threshold where a type has one (recipient-exposure: external recipients in To/Cc).</summary>
    public int? Threshold { get; init; }
}

public sealed class RulesFileException(string message, Exception? inner = null) : Exception(message, inner);
