using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

/// <summary>
/// Records as rulings, care notes and assessments write them about a person, and the same words where
/// they speak of no one: laws, programmes, training, anonymised rulings.
/// </summary>
public class RecordsInRulingsAndCareNotesTests
{
    [Theory]
    [InlineData("被告前因竊盜案件，經本院判處有期徒刑6月確定，於112年3月5日執行完畢，5年以內故意再犯本件，為累犯。", "處有期徒刑6月", "累犯")]
    [InlineData("被告陳大文犯竊盜罪，累犯，處有期徒刑壹年貳月。", "處有期徒刑壹年貳月")]
    [InlineData("受刑人林志強前經臺灣高等法院判處有期徒刑2年，於113年1月5日假釋出監。", "假釋")]
    [InlineData("被告自113年5月1日起羈押於法務部矯正署臺北看守所。", "羈押")]
    [InlineData("被告吳志豪經臺灣臺北地方檢察署發布通緝，於114年2月3日緝獲歸案。", "發布通緝")]
    [InlineData("被告王志明無罪。王志明應令入相當處所，施以監護處分參年。", "無罪", "施以監護")]
    [InlineData("被告黃淑芬處拘役伍拾日，緩刑貳年。", "處拘役伍拾日", "緩刑貳年")]
    public void Finds_the_records_a_ruling_states_about_its_defendant(string text, params string[] phrases)
    {
        var found = Detect.With(SensitiveRecordDetector.Criminal, text).Select(m => m.Value).ToArray();
        foreach (var phrase in phrases)
        {
            Assert.Contains(phrase, found);
        }
    }

    [Theory]
    [InlineData("刑法第47條第1項：受徒刑之執行完畢，或一部之執行而赦免後，5年以內故意再犯有期徒刑以上之罪者，為累犯，加重本刑至二分之一。")]
    [InlineData("依刑事訴訟法第101條規定，被告經法官訊問後，認為犯罪嫌疑重大，有逃亡之虞者，得羈押之。")]
    [InlineData("被告王○明前因竊盜案件，經法院判處有期徒刑6月確定，5年內再犯，為累犯。")]
    [InlineData("被告甲前因詐欺案件經判處有期徒刑3月，於執行完畢後再犯，為累犯。")]
    [InlineData("本課程以案例說明累犯、緩刑與假釋之要件，講師陳大文。")]
    public void Laws_anonymised_rulings_and_training_state_no_record(string text) =>
        Assert.Empty(Detect.With(SensitiveRecordDetector.Criminal, text));

    [Theory]
    [InlineData("一、個案簡振妤（民國39年12月15日生）經醫院評估，罹患阿茲海默症（G30.1）。", "G30.1")]
    [InlineData("個案陳志明患有思覺失調症，需每月回診。", "患有思覺失調症")]
    [InlineData("申請人張秀英經照管專員評估，長照需要等級為第5級。", "長照需要等級為第5級")]
    [InlineData("相對人林淑芬領有重度身心障礙證明，障礙類別為第1類。", "障礙類別為第1類")]
    [InlineData("相對人林淑芬之障礙類別為第1類。", "障礙類別為第1類")]
    [InlineData("相對人林淑芬領有重度身心障礙證明，障礙類別為第1類，障礙等級為重度。", "障礙等級為重度")]
    [InlineData("被告陳大文經鑑定為心智障礙（F71），行為時辨識能力顯著降低。", "心智障礙(F71)")]
    public void Finds_health_data_a_care_note_or_an_assessment_states_about_a_person(string text, string phrase) =>
        Assert.Contains(phrase, string.Join("|", Detect.With(SensitiveRecordDetector.Health, text).Select(m => m.Value)));

    [Fact]
    public void A_disability_assessment_ties_its_results_to_the_applicant_lines_above()
    {
        var lines = SegmentDetect.Lines("申請人：林美玲\n身分證統一編號：F152601819\n障礙類別：第1類\n障礙等級：中度");
        Assert.Equal(["障礙類別:第1類", "障礙等級:中度"], SegmentDetect.Run(SensitiveRecordDetector.Health, lines).Select(f => f.Value));
    }

    [Theory]
    [InlineData("陳情人王小明建議擴大「失智症照護服務計畫」之服務範圍。")]
    [InlineData("檢送本府「身心障礙者就業促進計畫」1份，聯絡人王小明，請查照。")]
    [InlineData("本局推動長期照顧十年計畫2.0及失智症共同照護中心，承辦人陳建宏。")]
    [InlineData("申請人林美玲報名參加思覺失調症家屬支持團體。")]
    [InlineData("身心障礙者權益保障法第6條：直轄市、縣（市）主管機關受理身心障礙者申請鑑定時，應交衛生主管機關指定相關機構組成專業團隊進行鑑定。")]
    [InlineData("個案王○明經醫院診斷為失智症，由家屬照顧。")]
    [InlineData("本市65歲以上失智症個案約3萬人，請各區公所協助轉介。")]
    [InlineData("申請人林美玲之鑑定結果如有疑義，請洽本局身心障礙福利科。")]
    [InlineData("檢送本局「精神疾病社區關懷訪視計畫」，聯絡人王小明。")]
    [InlineData("申請人林美玲：檢附身心障礙者生活補助實施計畫1份，請轉知所屬踴躍參加。")]
    public void Programmes_laws_and_anonymised_notes_state_no_health_data(string text) =>
        Assert.Empty(Detect.With(SensitiveRecordDetector.Health, text));
}
