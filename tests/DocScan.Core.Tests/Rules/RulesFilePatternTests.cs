using System.Text;
using DocScan.Core.Policy;
using DocScan.Core.Reporting;
using DocScan.Core.Rules;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Rules;

/// <summary>A rules file adds what an agency knows: its own identifiers, where they count, and values it allows.</summary>
public class RulesFilePatternTests
{
    [Fact]
    public async Task A_pattern_with_context_words_finds_an_agency_identifier_near_them()
    {
        var rules = ScanRules.Parse(Encoding.UTF8.GetBytes(CaseNumberRules.File), "rules.json");

        var shipped = await ScanText.Lines(CaseNumberRules.Letter);
        var scan = await ScanText.Lines(rules, CaseNumberRules.Letter);

        Assert.DoesNotContain(shipped.Findings, f => f.Value == "SW-2025-004817");
        var finding = Assert.Single(scan.Findings, f => f.Type == "social-welfare-case");
        Assert.Equal("SW-2025-004817", finding.Value);
        Assert.DoesNotContain("004817", finding.Masked);
        Assert.Equal(Verdict.Redact, scan.Verdict);
        Assert.Contains(scan.Reasons, r => r.Message.Contains("社福個案編號") && r.Basis.Contains("個人資料保護法第2條"));
    }

    [Fact]
    public async Task A_custom_type_reads_in_the_report_by_the_label_the_rules_file_gives()
    {
        var rules = ScanRules.Parse(Encoding.UTF8.GetBytes(CaseNumberRules.File), "rules.json");

        var scan = await ScanText.Lines(rules, [.. CaseNumberRules.Letter, "聯絡電話：02-23456789"]);

        var custom = Assert.Single(scan.Findings, f => f.Type == "social-welfare-case");
        Assert.Equal("社福個案編號", custom.Label);
        Assert.Equal("社福個案編號", Labels.OfFinding(custom));
        Assert.Contains("<td>社福個案編號</td>", ReportHtml.Render(scan));
        Assert.DoesNotContain("social-welfare-case", ReportHtml.Render(scan));
        Assert.Contains("\"label\": \"社福個案編號\"", ReportJson.Serialize(scan));
        // Shipped types are named by the catalogue; their findings carry no label of their own.
        var phone = Assert.Single(scan.Findings, f => f.Type == "phone");
        Assert.Null(phone.Label);
        Assert.Equal("電話號碼", Labels.OfFinding(phone));
    }

    [Fact]
    public async Task Without_a_context_word_near_it_the_pattern_finds_nothing()
    {
        var rules = ScanRules.Parse(Encoding.UTF8.GetBytes(CaseNumberRules.File), "rules.json");
        string[] inventory = ["主旨：檢送本局資訊設備盤點清單，請查照。", "說明：交換器型號SW-2025-004817已汰換。"];

        var scan = await ScanText.Lines(rules, inventory);

        Assert.DoesNotContain(scan.Findings, f => f.Type == "social-welfare-case");
        Assert.Equal(Verdict.Release, scan.Verdict);
    }

    [Fact]
    public async Task A_pattern_added_to_a_shipped_type_is_reported_as_that_type_and_checked()
    {
        // An ID grouped with dashes, as one office's old forms print it, which the shipped detector does not read; only valid ones count.
        var rules = ScanRules.Parse("""
            { "types": { "national-id": { "patterns": [ { "regex": "[A-Z]-\\d{3}-\\d{3}-\\d{3}", "validator": "national-id", "keywords": ["身分證"] } ] } } }
            """u8, "rules.json");

        var shipped = await ScanText.Lines("申請人身分證：A-123-456-789");
        var scan = await ScanText.Lines(rules, "申請人身分證：A-123-456-789", "身分證欄誤植：B-123-456-789");

        Assert.Empty(shipped.Findings);

        var finding = Assert.Single(scan.Findings, f => f.Type == "national-id");
        Assert.Equal("A123456789", finding.Value);
        Assert.Equal("rules-pattern", finding.Detector);
    }

    [Fact]
    public async Task A_per_type_allow_list_allows_that_type_only()
    {
        // The agency's own service number, printed on every notice; the same digits elsewhere are someone's.
        var rules = ScanRules.Parse(Encoding.UTF8.GetBytes($$"""
            { "types": { "phone": { "allow": ["02-2720-8889"] }, "national-id": { "allow": ["{{ScanRules.AllowHash("F152601819")}}"] } } }
            """), "rules.json");
        string[] letter = ["聯絡電話：02-27208889", "申請人王小明，身分證統一編號：F152601819，電話：02-23456789"];

        var scan = await ScanText.Lines(rules, letter);

        Assert.Equal(["0223456789"], scan.Findings.Where(f => f.Type == "phone").Select(f => f.Value));
        Assert.DoesNotContain(scan.Findings, f => f.Type == "national-id");
        Assert.True(rules.IsAllowed("phone", "0227208889"));
        Assert.False(rules.IsAllowed("address", "0227208889"));
    }

    [Fact]
    public async Task Use_default_false_keeps_only_the_file_s_patterns()
    {
        var rules = ScanRules.Parse("""
            { "types": { "vehicle-plate": { "useDefault": false, "patterns": [ { "regex": "公務車[A-Z]{3}-\\d{4}" } ] } } }
            """u8, "rules.json");

        var scan = await ScanText.Lines(rules, "車號：ABC-1234", "調派公務車KAA-5678");

        Assert.Equal(["公務車KAA-5678"], scan.Findings.Where(f => f.Type == "vehicle-plate").Select(f => f.Value));
    }
}
