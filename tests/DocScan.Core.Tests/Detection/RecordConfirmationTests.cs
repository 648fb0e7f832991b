using DocScan.Core.Detection;
using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Extraction;
using DocScan.Core.Rules;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

/// <summary>
/// "A record near a name or ID" is resolved by the engine from the other detectors' findings: the record
/// detectors never read names or IDs themselves.
/// </summary>
public class RecordConfirmationTests
{
    private static IReadOnlyList<Finding> Scan(string text, ScanRules? rules = null) =>
        FindingDetector.Create(rules ?? ScanRules.Default, TimeProvider.System)
            .Detect(SegmentDetect.Document(SegmentDetect.Lines(text)), CancellationToken.None);

    private const string Letter = """
        主旨：有關臺端申請居家服務乙案，復如說明，請查照。
        說明：
        一、申請人：林美玲（身分證統一編號：F152601819）
        二、經診斷為第二型糖尿病，需定期回診。
        """;

    [Fact]
    public void A_name_or_id_reported_in_the_line_above_ties_the_record()
    {
        var found = Scan(Letter);
        var record = Assert.Single(found, f => f.Type == FindingTypes.HealthRecord);
        Assert.Equal("經診斷為第二型糖尿病", record.Value);
        Assert.Equal(0.9, record.Confidence);
    }

    [Fact]
    public void Without_the_detectors_that_find_names_and_ids_nothing_ties_the_record()
    {
        var rules = ScanRules.Parse("""
            { "version": "t", "types": {
                "person-name": { "enabled": false }, "national-id": { "enabled": false }, "resident-id": { "enabled": false } } }
            """u8, "rules.json");
        Assert.DoesNotContain(Scan(Letter, rules), f => f.Type == FindingTypes.HealthRecord);
    }

    [Fact]
    public void An_allowed_id_ties_no_record()
    {
        var rules = ScanRules.Parse("""{ "version": "t", "allow": ["F152601819", "林美玲"] }"""u8, "rules.json");
        Assert.DoesNotContain(Scan(Letter, rules), f => f.Type == FindingTypes.HealthRecord);
    }

    [Theory]
    [InlineData("承辦人：科員　王小明\n經診斷為第二型糖尿病者，請檢附診斷證明書。")]
    [InlineData("本案聯絡人：社會課王小明\n其病史應由醫師填寫。")]
    public void An_officials_name_ties_no_record(string text) =>
        Assert.DoesNotContain(Scan(text), f => f.Type is FindingTypes.HealthRecord or FindingTypes.CriminalRecord);

    [Fact]
    public void A_name_far_from_the_record_ties_nothing()
    {
        var filler = string.Concat(Enumerable.Repeat("本案依行政程序法相關規定辦理，並副知相關機關。", 4));
        Assert.DoesNotContain(Scan($"申請人：林美玲\n{filler}\n經診斷為第二型糖尿病。"), f => f.Type == FindingTypes.HealthRecord);
    }

    [Fact]
    public void The_records_own_subject_ties_it_without_any_other_finding()
    {
        var rules = ScanRules.Parse("""{ "version": "t", "types": { "person-name": { "enabled": false } } }"""u8, "rules.json");
        Assert.Contains(Scan("個案經診斷為失智症，由家屬照顧。", rules), f => f.Type == FindingTypes.HealthRecord);
        Assert.Contains(Scan("王大華罹患肺腺癌第三期。", rules), f => f.Type == FindingTypes.HealthRecord);
    }

    // A programme's name stays talk whatever a letter says of it after the name, with its addressee named
    // right above: the bench corpus flagged 64 such 主旨 lines as health data before.
    [Theory]
    [InlineData("受文者：曾文雄君\n主旨：有關臺端申請身心障礙者生活補助乙案，復如說明，請查照。")]
    [InlineData("受文者：曾文雄君\n主旨：為辦理114年度身心障礙者生活補助業務聯繫會議，請派員出席，請查照。")]
    public void A_programme_named_beside_a_person_is_no_record(string text)
    {
        var found = Scan(text);
        Assert.Contains(found, f => f.Type == FindingTypes.PersonName);
        Assert.DoesNotContain(found, f => f.Type == FindingTypes.HealthRecord);
    }

    [Fact]
    public void Record_detectors_declare_the_dependency_and_ask_no_other_detectors_words()
    {
        foreach (IDetector detector in new IDetector[] { SensitiveRecordDetector.Health, SensitiveRecordDetector.Criminal })
        {
            Assert.Equal([FindingTypes.PersonName, FindingTypes.NationalId, FindingTypes.ResidentId], detector.ConfirmedBy!.Types);
            var words = detector.Keywords.SelectMany(k => k).ToHashSet();
            Assert.DoesNotContain("申請人", words);
            Assert.DoesNotContain("身分證", words);
        }
    }
}
