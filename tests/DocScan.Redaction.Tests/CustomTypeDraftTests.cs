using System.Text;
using DocScan.Core.Rules;
using DocScan.Core.Tests.Rules;

namespace DocScan.Redaction.Tests;

/// <summary>A type the agency declares in its rules file is masked in drafts like a shipped one.</summary>
public sealed class CustomTypeDraftTests
{
    [Fact]
    public async Task A_declared_type_is_masked_in_drafts_under_its_own_label()
    {
        var rules = ScanRules.Parse(Encoding.UTF8.GetBytes(CaseNumberRules.File), "rules.json") with { Redaction = new RedactionRules { MaskStyle = MaskStyle.Label } };
        var letter = string.Join("\n", CaseNumberRules.Letter) + "\n";

        var (_, draft) = await DraftTestSupport.DraftAsync(Encoding.UTF8.GetBytes(letter), "函.txt", rules);

        Assert.Equal(letter.Replace("SW-2025-004817", "〔社福個案編號〕"), Encoding.UTF8.GetString(draft));
    }
}
