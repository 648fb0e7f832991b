using System.Text;
using DocScan.Core.Policy;
using DocScan.Core.Rules;

namespace DocScan.Core.Tests.Rules;

/// <summary>A rules file with a mistake is refused, saying where: a mistake that loads would switch nothing on or off, silently.</summary>
public class RulesFileRefusalTests
{
    [Theory]
    [InlineData("types")]
    [InlineData("policy")]
    public void A_misspelt_type_is_refused_naming_it_and_its_line(string section)
    {
        var value = section == "types" ? """{ "enabled": false }""" : "\"release\"";
        var json = $$"""
            {
              "version": "test",
              "{{section}}": {
                "phone": {{value}},
                "natinal-id": {{value}}
              }
            }
            """;

        var error = Assert.Throws<RulesFileException>(() => ScanRules.Parse(Encoding.UTF8.GetBytes(json), "rules.json"));

        Assert.Contains("rules.json 第 5 行", error.Message);
        Assert.Contains("natinal-id", error.Message);
        Assert.Contains($"{section} 之下", error.Message);
        Assert.Contains("national-id", error.Message);
    }

    [Fact]
    public void A_custom_type_may_be_configured_under_types_and_policy()
    {
        var rules = ScanRules.Parse("""
            {
              "custom": [ { "id": "social-welfare-case", "label": "社福個案編號", "patterns": [ { "regex": "SW-\\d{4}-\\d{6}" } ] } ],
              "types": { "social-welfare-case": { "minConfidence": 0.5 } },
              "policy": { "social-welfare-case": "review" }
            }
            """u8, "rules.json");

        Assert.Equal(Verdict.Review, rules.VerdictFor("social-welfare-case"));
        Assert.Equal("社福個案編號", rules.Definition("social-welfare-case").Label);
    }

    [Theory]
    [InlineData("""
        {
          "types": {
            "phone": { "enabeld": false }
          }
        }
        """, 3, "enabeld")]
    [InlineData("""
        {
          "agency": { "name": "臺北市政府" },
          "evaluater": ["林志明"]
        }
        """, 3, "evaluater")]
    [InlineData("""
        {
          "custom": [
            { "id": "case-number", "label": "案號", "patterns": [ { "regex": "\\d+", "contxt": ["案"] } ] }
          ]
        }
        """, 3, "contxt")]
    public void An_unknown_key_is_refused_naming_it_and_its_line(string json, int line, string key)
    {
        var error = Assert.Throws<RulesFileException>(() => ScanRules.Parse(Encoding.UTF8.GetBytes(json), "rules.json"));

        Assert.Contains($"rules.json 第 {line} 行", error.Message);
        Assert.Contains(key, error.Message);
    }

    [Theory]
    [InlineData("""{ "custom": [ { "id": "national-id", "label": "身分證", "patterns": [ { "regex": "x" } ] } ] }""", "national-id")]
    [InlineData("""{ "custom": [ { "id": "Case Number", "label": "案號", "patterns": [ { "regex": "x" } ] } ] }""", "Case Number")]
    [InlineData("""{ "custom": [ { "id": "case-number", "label": "案號" } ] }""", "patterns")]
    [InlineData("""{ "custom": [ { "id": "case-number", "patterns": [ { "regex": "x" } ] } ] }""", "label")]
    [InlineData("""{ "types": { "phone": { "patterns": [ { "regex": "(\\d)\\1" } ] } } }""", "regex")]
    [InlineData("""{ "types": { "phone": { "patterns": [ { "regex": "[" } ] } } }""", "regex")]
    [InlineData("""{ "types": { "phone": { "allow": ["sha256:1234"] } } }""", "sha256")]
    [InlineData("""{ "types": { "phone": { "patterns": [ { "regex": "\\d+", "within": 0 } ] } } }""", "within")]
    [InlineData("""{ "types": { "phone": null } }""", "phone")]
    [InlineData("""{ "types": null }""", "types")]
    [InlineData("""{ "policy": null }""", "policy")]
    [InlineData("""{ "custom": [ null ] }""", "custom")]
    [InlineData("""{ "types": { "phone": { "patterns": [ null ] } } }""", "regex")]
    [InlineData("""{ "types": { "phone": { "allow": null } } }""", "allow")]
    public void A_type_or_pattern_that_cannot_work_is_refused(string json, string named)
    {
        var error = Assert.Throws<RulesFileException>(() => ScanRules.Parse(Encoding.UTF8.GetBytes(json), "rules.json"));

        Assert.Contains(named, error.Message);
        Assert.Contains("rules.json 第 1 行", error.Message);
    }
}
