using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using DocScan.Core.Policy;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;
using DocScan.Tests.Shared;
using Json.Schema;

namespace DocScan.Core.Tests.Rules;

public class RulesFileTests
{
    private static readonly string SchemaPath = RepositoryRoot.Combine("rules", "rules.schema.json");
    private static readonly string ExamplePath = RepositoryRoot.Combine("rules", "example.rules.json");

    // Loaded once: the library registers a schema under its $id and refuses to register it twice.
    private static readonly Lazy<JsonSchema> LoadedSchema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    private static JsonSchema Schema => LoadedSchema.Value;

    private static JsonElement ParseWithComments(string json) =>
        JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }).RootElement;

    [Fact]
    public void Example_rules_file_is_valid_against_the_schema_and_loads()
    {
        var result = Schema.Evaluate(ParseWithComments(File.ReadAllText(ExamplePath)), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Values)));

        var rules = ScanRules.Parse(File.ReadAllBytes(ExamplePath), "example.rules.json");
        Assert.StartsWith("臺北市政府環境保護局-2026.11+", rules.EffectiveVersion);
        Assert.Contains("林志明", rules.Evaluators);
        Assert.False(rules.IsEnabled("vehicle-plate"));
        Assert.Equal(2, rules.Threshold("recipient-exposure", 3));
        Assert.True(rules.IsAgencyDomain("epb.gov.taipei"));
        Assert.Equal("forbidden-path", rules.Cloud.WhyWithheld("/srv/outbound/人事室/考績.docx", []));
        Assert.Null(rules.Cloud.WhyWithheld("/srv/outbound/環保科/復函.docx", []));
        Assert.Equal(MaskStyle.Label, rules.Redaction.MaskStyle);
        Assert.True(rules.Redaction.PartialIds);
        Assert.True(rules.IsAllowed("national-id", "A123456789"));
        Assert.Equal("社福個案編號", rules.Definition("social-welfare-case").Label);
    }

    [Fact]
    public void Redaction_settings_default_to_full_circle_masks()
    {
        var rules = ScanRules.Parse("""{ "version": "x" }"""u8, "rules.json");

        Assert.Equal(MaskStyle.Circle, rules.Redaction.MaskStyle);
        Assert.False(rules.Redaction.PartialIds);
    }

    [Theory]
    [InlineData("circle")]
    [InlineData("asterisk")]
    [InlineData("label")]
    public void Every_mask_style_the_schema_allows_loads(string style)
    {
        var json = $$"""{ "redaction": { "maskStyle": "{{style}}", "partialIds": false } }""";

        Assert.True(Schema.Evaluate(ParseWithComments(json)).IsValid);
        Assert.Equal(style, JsonNamingPolicy.KebabCaseLower.ConvertName(ScanRules.Parse(Encoding.UTF8.GetBytes(json), "rules.json").Redaction.MaskStyle.ToString()));
    }

    [Fact]
    public void An_unknown_mask_style_is_refused_by_schema_and_loader()
    {
        const string json = """{ "redaction": { "maskStyle": "stars" } }""";

        Assert.False(Schema.Evaluate(ParseWithComments(json)).IsValid);
        Assert.Throws<RulesFileException>(() => ScanRules.Parse(Encoding.UTF8.GetBytes(json), "rules.json"));
    }

    [Fact]
    public void Schema_describes_every_redaction_setting_the_loader_reads()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!;
        var inSchema = schema["properties"]!["redaction"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        var inCode = typeof(RedactionRules).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .Order(StringComparer.Ordinal);
        Assert.Equal(inCode, inSchema);
        var styles = schema["properties"]!["redaction"]!["properties"]!["maskStyle"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(Enum.GetNames<MaskStyle>().Select(JsonNamingPolicy.KebabCaseLower.ConvertName), styles);
    }

    [Fact]
    public void Schema_names_exactly_the_finding_types_of_the_catalogue()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!;
        var inSchema = schema["$defs"]!["findingType"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
        CatalogueAgreement.AssertListsEveryType("rules/rules.schema.json $defs.findingType.enum", inSchema);
    }

    [Theory]
    [InlineData("""{ "types": { "natinal-id": { "enabled": false } } }""")]
    [InlineData("""{ "policy": { "natinal-id": "release" } }""")]
    [InlineData("""{ "types": { "phone": { "patterns": [ { "regex": "\\d+", "contxt": ["電話"] } ] } } }""")]
    [InlineData("""{ "custom": [ { "id": "national-id", "label": "身分證", "patterns": [ { "regex": "x" } ] } ] }""")]
    public void Schema_and_loader_both_refuse_what_would_pass_silently(string json)
    {
        Assert.False(Schema.Evaluate(ParseWithComments(json)).IsValid);
        Assert.Throws<RulesFileException>(() => ScanRules.Parse(Encoding.UTF8.GetBytes(json), "rules.json"));
    }

    [Fact]
    public void Schema_describes_every_type_and_pattern_setting_the_loader_reads()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!;
        var types = schema["properties"]!["types"]!["additionalProperties"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        var patterns = schema["$defs"]!["pattern"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        var custom = schema["properties"]!["custom"]!["items"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        Assert.Equal(JsonNames(typeof(TypeRules)), types);
        Assert.Equal(JsonNames(typeof(PatternRule)), patterns);
        Assert.Equal(JsonNames(typeof(CustomTypeRules)), custom);
        var validators = schema["$defs"]!["pattern"]!["properties"]!["validator"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(Enum.GetNames<PatternValidator>().Select(JsonNamingPolicy.KebabCaseLower.ConvertName), validators);
    }

    [Fact]
    public void Schema_describes_every_property_the_loader_reads()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!;
        var inSchema = schema["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        Assert.Equal(JsonNames(typeof(ScanRules)), inSchema);
    }

    [Fact]
    public void Schema_describes_every_cloud_setting_the_loader_reads()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!;
        var inSchema = schema["properties"]!["cloud"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        Assert.Equal(JsonNames(typeof(CloudRules)), inSchema);
    }

    [Theory]
    [InlineData("""{ "cloud": { "forbiddenWhenFound": ["criminal-records"] } }""", "criminal-records")]
    [InlineData("""{ "cloud": { "forbiddenPaths": [" "] } }""", "forbiddenPaths")]
    [InlineData("""{ "cloud": { "forbiddenPaths": null } }""", "null")]
    public void Cloud_settings_that_would_let_text_leave_by_mistake_are_refused(string json, string named)
    {
        var error = Assert.Throws<RulesFileException>(() => ScanRules.Parse(Encoding.UTF8.GetBytes(json), "rules.json"));
        Assert.Contains(named, error.Message);
        Assert.False(Schema.Evaluate(ParseWithComments(json)).IsValid);
    }

    private static IOrderedEnumerable<string> JsonNames(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.CanWrite)
            .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Unknown_properties_are_refused_with_a_readable_message()
    {
        var error = Assert.Throws<RulesFileException>(() => ScanRules.Parse("""{ "evaluater": ["林志明"] }"""u8, "rules.json"));
        Assert.Contains("rules.json", error.Message);
        Assert.False(Schema.Evaluate(ParseWithComments("""{ "evaluater": [] }""")).IsValid);
    }

    [Fact]
    public async Task A_roster_name_added_by_the_rules_file_is_found_anywhere()
    {
        // No evaluation wording at all: only the roster knows 黃國華 is an evaluator.
        var letter = Encoding.UTF8.GetBytes("主旨：檢送本局114年度業務座談會議紀錄1份，請查照。\n說明：出席人員黃國華建議增設分類回收站。\n");
        var rules = ScanRules.Parse(File.ReadAllBytes(ExamplePath), "example.rules.json");

        var without = await new DocumentScanner().ReportAsync(letter, "會議紀錄.txt");
        var with = await new DocumentScanner(new ScanOptions { Rules = rules }).ReportAsync(letter, "會議紀錄.txt");

        Assert.DoesNotContain(without.Findings, f => f.Type == "evaluator-name");
        var finding = Assert.Single(with.Findings, f => f.Type == "evaluator-name");
        Assert.Equal(Verdict.DualDraft, with.Verdict);
        Assert.DoesNotContain("黃國華", finding.Masked);
    }

    [Fact]
    public async Task Policy_overrides_change_the_verdict()
    {
        var text = Encoding.UTF8.GetBytes("廠商名稱：綠能環保股份有限公司，統一編號：04595257。\n");
        var rules = ScanRules.Parse("""{ "policy": { "ubn": "redact" } }"""u8, "rules.json");

        var shipped = await new DocumentScanner().ReportAsync(text, "a.txt");
        var overridden = await new DocumentScanner(new ScanOptions { Rules = rules }).ReportAsync(text, "a.txt");

        Assert.Contains(shipped.Findings, f => f.Type == "ubn");
        Assert.Equal(Verdict.Release, shipped.Verdict);
        Assert.Equal(Verdict.Redact, overridden.Verdict);
    }
    [Theory]
    [InlineData("F152601819")]
    [InlineData("f152601819")]
    [InlineData("Ｆ１５２６０１８１９")]
    [InlineData(" F15-2601 819 ")]
    public void An_allow_hash_is_the_sha256_of_the_upper_cased_canonical_form(string written)
    {
        // python3 -c "import hashlib; print(hashlib.sha256('F152601819'.encode()).hexdigest())"
        Assert.Equal("sha256:41580b204dba1e268d7261faecabf581acc591f899399ebf02530f3c11ad687a", ScanRules.AllowHash(written));
    }

    [Fact]
    public async Task A_hashed_allow_entry_allows_its_value_and_nothing_else()
    {
        var letter = Encoding.UTF8.GetBytes("申請人：王小明，身分證統一編號：F152601819。\n代理人：李大同，身分證統一編號：H259083019。\n");
        var json = $$"""{ "allow": ["{{ScanRules.AllowHash("ｆ152601819")}}"] }""";
        var rules = ScanRules.Parse(Encoding.UTF8.GetBytes(json), "rules.json");

        var scan = await new DocumentScanner(new ScanOptions { Rules = rules, IncludeValues = true }).ReportAsync(letter, "a.txt");

        Assert.True(Schema.Evaluate(ParseWithComments(json)).IsValid);
        Assert.True(rules.IsAllowed("F152601819"));
        Assert.False(rules.IsAllowed("H259083019"));
        Assert.Equal(["H259083019"], scan.Findings.Where(f => f.Type == "national-id").Select(f => f.Value));
        Assert.DoesNotContain("F152601819", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Plain_and_hashed_allow_entries_mix()
    {
        var rules = ScanRules.Default with { Allow = ["A800000014", ScanRules.AllowHash("H259083019")] };

        Assert.True(rules.IsAllowed("A800000014"));
        Assert.True(rules.IsAllowed("h259083019"));
        Assert.False(rules.IsAllowed("F152601819"));
        Assert.False(rules.IsAllowed(ScanRules.AllowHash("H259083019")));
    }

    [Theory]
    [InlineData("sha256:41580b204dba1e268d7261faecabf581acc591f899399ebf02530f3c11ad687")]
    [InlineData("sha256:41580b204dba1e268d7261faecabf581acc591f899399ebf02530f3c11ad687aa")]
    [InlineData("sha256:41580b204dba1e268d7261faecabf581acc591f899399ebf02530f3c11ad687g")]
    [InlineData("sha256:F152601819")]
    public void A_mangled_allow_hash_is_refused_by_schema_and_loader(string entry)
    {
        var json = $$"""{ "allow": ["A800000014", "{{entry}}"] }""";

        var error = Assert.Throws<RulesFileException>(() => ScanRules.Parse(Encoding.UTF8.GetBytes(json), "rules.json"));
        Assert.Contains("sha256", error.Message, StringComparison.Ordinal);
        Assert.False(Schema.Evaluate(ParseWithComments(json)).IsValid);
    }
}
