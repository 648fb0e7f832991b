namespace DocScan.EvalCorpus;

/// <summary>
/// Criminal and health records as rulings, care notes and assessments state them about a person, and
/// the same words where they speak of no one: laws, programmes, training handouts.
/// </summary>
public static class SensitiveRecordKinds
{
    private static readonly string[] Months = ["參月", "肆月", "陸月", "柒月", "捌月", "拾月", "壹年", "壹年貳月"];

    private static readonly string[] Hospitals = ["臺北榮民總醫院", "國立成功大學醫學院附設醫院", "衛生福利部桃園療養院", "高雄市立凱旋醫院", "臺中榮民總醫院"];

    private static readonly string[] Programmes = ["身心障礙者就業促進計畫", "失智症照護服務計畫", "長期照顧十年計畫2.0", "精神疾病社區關懷訪視計畫", "身心障礙者自立生活支持服務方案"];

    /// <summary>A criminal ruling before anonymisation: 累犯, the sentence, 緩刑, 羈押 or 通緝 of a named defendant.</summary>
    public static CorpusDocument CriminalRuling(Synth s, Labeller l)
    {
        var seat = s.Pick(Pools.Courts);
        var caseNo = l.Like($"{s.Int(111, 114)}年度{s.Pick(new[] { "易", "審易", "簡", "訴" })}字第{s.Int(100, 2999)}號", note: "案號");
        var doc = new CorpusDocument { Title = $"{seat.Name}刑事判決{caseNo}" };
        var defendant = s.Name();
        var crime = s.Pick(Pools.Crimes);
        var sentence = l.Private("criminal-record", $"有期徒刑{s.Pick(Months)}");
        doc.Lines(
            $"公訴人　{seat.Name.Replace("法院", "檢察署")}檢察官",
            $"被　　告　{l.Private("person-name", defendant)}　{s.Pick(new[] { "男", "女" })}　民國{l.Private("birth-date", s.RocBirthDateWords())}生",
            $"　　　　　身分證統一編號：{l.Private("national-id", s.NationalId())}",
            $"　　　　　住{l.Private("address", s.HomeAddress())}",
            $"上列被告因{crime}案件，經檢察官提起公訴，本院判決如下：",
            "主　文");
        switch (s.Int(0, 2))
        {
            case 0:
                doc.Lines(
                    $"{defendant}犯{crime}罪，處{sentence}，如易科罰金，以新臺幣壹仟元折算壹日。",
                    "事實及理由",
                    $"一、被告前因{s.Pick(Pools.Crimes)}案件，經本院判處{l.Private("criminal-record", $"有期徒刑{s.Int(2, 8)}月")}確定，於{s.Int(108, 111)}年{s.Int(1, 12)}月{s.Int(1, 28)}日易科罰金執行完畢，5年以內故意再犯本件有期徒刑以上之罪，為{l.Private("criminal-record", "累犯")}。");
                break;
            case 1:
                var probation = l.Private("criminal-record", $"緩刑{s.Pick(new[] { "貳年", "參年" })}");
                doc.Lines(
                    $"{defendant}犯{crime}罪，處{sentence}，{probation}。",
                    "事實及理由",
                    $"一、被告未曾因故意犯罪{l.Private("criminal-record", "受有期徒刑以上刑之宣告")}，犯後坦承犯行，並與被害人{l.Private("person-name", s.Name())}達成和解，本院認其所受刑之宣告以暫不執行為適當，併予{l.Private("criminal-record", "宣告緩刑")}。");
                break;
            default:
                doc.Lines(
                    $"{defendant}犯{crime}罪，處{sentence}。",
                    "事實及理由",
                    $"一、被告於{s.Int(111, 113)}年間經{seat.Name.Replace("法院", "檢察署")}發布{l.Private("criminal-record", "通緝")}，於{s.Int(113, 114)}年{s.Int(1, 12)}月{s.Int(1, 28)}日緝獲到案。",
                    $"二、被告自{s.Int(113, 114)}年{s.Int(1, 12)}月{s.Int(1, 28)}日起{l.Private("criminal-record", "羈押")}於法務部矯正署{s.Pick(new[] { "臺北", "臺中", "高雄" })}看守所，業據證人{l.Private("person-name", s.Name())}證述明確。");
                break;
        }

        doc.Lines(
            $"中　　華　　民　　國　　115　　年　　{s.Int(1, 12)}　　月　　{s.Int(1, 28)}　　日",
            $"刑事第{s.Pick(new[] { "三", "五", "八" })}庭　法　官　{l.Official("person-name", s.Name())}",
            "以上正本證明與原本無異。",
            $"書記官　{l.Official("person-name", s.Name())}");
        return doc;
    }

    /// <summary>A 個案照護通知 to the family: the person cared for, the condition and its code, a disability card.</summary>
    public static CorpusDocument CareNotice(Synth s, Labeller l)
    {
        var agency = Agency(s.Chance(0.5) ? "社會局" : "衛生局");
        var person = s.Name();
        var doc = new CorpusDocument
        {
            Title = $"{agency.Short}函-個案照護通知",
            PrivateRecipient = true,
            Head = Letterheads.Full(s, l, agency, "函", $"{l.Private("person-name", s.Name())}君", $"有關臺端家屬{person}之照護服務安排，請查照。"),
        };
        var condition = l.Private("health-record", s.Pick(Pools.Conditions));
        var code = l.Private("health-record", s.Pick(Pools.IcdCodes));
        doc.Lines(
            "說明：",
            s.Chance(0.5)
                ? $"一、個案{l.Private("person-name", person)}經{s.Pick(Hospitals)}精神科醫師評估，罹患{condition}（{code}），需定期回診。"
                : $"一、個案{l.Private("person-name", person)}（民國{l.Private("birth-date", s.RocBirthDateWords())}生）經{s.Pick(Hospitals)}診斷為{condition}（{code}）。",
            $"二、個案{l.Private("health-record", $"領有{s.Pick(new[] { "輕度", "中度", "重度" })}身心障礙證明")}，本{agency.Short[^1]}將轉介居家照顧服務，服務地址：{l.Private("address", s.HomeAddress())}。",
            $"三、本{agency.Short[^1]}另辦理「{s.Pick(Programmes)}」，臺端如有需要，請洽{agency.Unit}。");
        doc.Signature = Letterheads.Signature(s, l, agency);
        return doc;
    }

    /// <summary>A 長照評估結果通知: the care level and the main illness of the person assessed, in a letter or a table.</summary>
    public static CorpusDocument CareAssessment(Synth s, Labeller l)
    {
        var agency = Agency("衛生局");
        if (s.Chance(0.4))
        {
            var rows = Enumerable.Range(0, s.Int(3, 6)).Select(_ => new[]
            {
                l.Private("person-name", s.Name()),
                l.Private("national-id", s.NationalId()),
                l.Private("health-record", $"第{s.Int(2, 8)}級"),
                l.Private("health-record", s.Pick(Pools.Conditions)),
                s.Pick(new[] { "居家服務", "日間照顧", "家庭托顧", "專業服務" }),
            }).ToArray();
            return new CorpusDocument { Title = "長期照顧需要評估結果清冊" }
                .Lines($"{agency.Name}長期照顧管理中心　115年{s.Int(1, 12)}月評估結果")
                .Add(new Grid(["姓名", "身分證統一編號", "長照需要等級", "主要疾病", "服務項目"], rows));
        }

        var person = s.Name();
        var doc = new CorpusDocument
        {
            Title = $"{agency.Short}函-長照評估結果通知",
            PrivateRecipient = true,
            Head = Letterheads.Full(s, l, agency, "函", $"{l.Private("person-name", person)}君", "臺端申請長期照顧服務之評估結果，詳如說明，請查照。"),
        };
        doc.Lines(
            "說明：",
            $"一、申請人{person}（身分證統一編號{l.Private("national-id", s.NationalId())}）經本局照顧管理專員於115年{s.Int(1, 12)}月{s.Int(1, 28)}日到宅評估。",
            $"二、評估結果：長照需要等級為{l.Private("health-record", $"第{s.Int(2, 8)}級")}，主要疾病：{l.Private("health-record", s.Pick(Pools.Conditions))}。",
            "三、依長期照顧服務法第8條規定，本局將依評估結果擬定照顧計畫，如有疑義，請於收文後30日內申請複評。");
        doc.Signature = Letterheads.Signature(s, l, agency);
        return doc;
    }

    /// <summary>A 身心障礙鑑定 result: the category, the degree and the ICD code of the person assessed.</summary>
    public static CorpusDocument DisabilityAssessment(Synth s, Labeller l)
    {
        var agency = Agency("社會局");
        var person = s.Name();
        var doc = new CorpusDocument
        {
            Title = $"{agency.Short}-身心障礙鑑定結果通知",
            PrivateRecipient = true,
            Head = Letterheads.Full(s, l, agency, "函", $"{l.Private("person-name", person)}君", $"檢送臺端{l.Private("health-record", "身心障礙鑑定")}結果，請查照。", "鑑定報告1份"),
        };
        doc.Lines(
            "說明：",
            "一、依身心障礙者權益保障法第6條規定辦理。",
            $"申請人：{person}",
            $"身分證統一編號：{l.Private("national-id", s.NationalId())}",
            $"鑑定醫院：{s.Pick(Hospitals)}",
            $"障礙類別：{l.Private("health-record", $"第{s.Pick(new[] { "1", "2", "7" })}類")}",
            $"障礙等級：{l.Private("health-record", s.Pick(new[] { "輕度", "中度", "重度", "極重度" }))}",
            $"ICD-10：{l.Private("health-record", s.Pick(Pools.IcdCodes))}",
            $"二、{l.Private("health-record", "身心障礙證明")}有效期限至{s.Int(118, 120)}年{s.Int(1, 12)}月{s.Int(1, 28)}日，如有疑義請洽本局身心障礙福利科。");
        doc.Signature = Letterheads.Signature(s, l, agency);
        return doc;
    }

    /// <summary>A letter about programmes whose names hold 失智症, 身心障礙 or 精神疾病: nobody's data.</summary>
    public static CorpusDocument ProgrammeLetter(Synth s, Labeller l)
    {
        var agency = Agency(s.Chance(0.5) ? "社會局" : "衛生局");
        var programme = s.Pick(Programmes);
        var doc = new CorpusDocument
        {
            Title = $"{agency.Short}函-{programme}",
            Head = Letterheads.Full(s, l, agency, "函", Letterheads.OtherAgencies(s, agency, s.Int(1, 3)), $"檢送本{agency.Short[^1]}「{programme}」1份，請轉知所屬並協助宣導，請查照。", "計畫書1份"),
        };
        doc.Lines(
            "說明：",
            $"一、依據衛生福利部「{s.Pick(new[] { "長期照顧十年計畫2.0", "失智症防治照護政策綱領", "身心障礙者權益保障法" })}」辦理。",
            $"二、本{agency.Short[^1]}轄內設有{s.Int(5, 40)}處失智症社區服務據點及{s.Int(1, 5)}處失智症共同照護中心，另辦理憂鬱症防治宣導及身心障礙者職業重建服務。",
            $"三、聯絡窗口：本{agency.Short[^1]}{agency.Unit}，電話{l.Official("phone", s.Landline(agency.Area))}。");
        doc.Original = Letterheads.OtherAgencies(s, agency, 2);
        doc.Signature = Letterheads.Signature(s, l, agency);
        return doc;
    }

    /// <summary>A letter carrying penal law text: 累犯, 緩刑, 羈押 and 通緝 as the law defines them.</summary>
    public static CorpusDocument PenalLawText(Synth s, Labeller l)
    {
        var agency = Agency("警察局");
        var doc = new CorpusDocument
        {
            Title = $"{agency.Short}函-刑事法規修正轉知",
            Head = Letterheads.Full(s, l, agency, "函", Letterheads.OtherAgencies(s, agency, 2), "轉知刑法及刑事訴訟法部分條文，請查照並轉知所屬。", "條文1份"),
        };
        doc.Lines(
            "說明：",
            $"一、刑法第47條第1項：受徒刑之執行完畢，或一部之執行而赦免後，5年以內故意再犯有期徒刑以上之罪者，為{l.Like("累犯", "criminal-record", "法條用語")}，加重本刑至二分之一。",
            "二、刑法第74條第1項：受2年以下有期徒刑、拘役或罰金之宣告，而有下列情形之一，認以暫不執行為適當者，得宣告緩刑。",
            $"三、依刑事訴訟法第101條規定，被告經法官訊問後，認為犯罪嫌疑重大，有逃亡之虞者，得{l.Like("羈押", "criminal-record", "法條用語")}之。",
            "四、刑事訴訟法第84條：被告逃亡或藏匿者，得通緝之。",
            $"五、本案聯絡人：{agency.Unit}{l.Official("person-name", s.Name())}，電話{l.Official("phone", s.Landline(agency.Area))}。");
        doc.Original = Letterheads.OtherAgencies(s, agency, 2);
        return doc;
    }

    /// <summary>A training handout retelling a case with stand-ins (被告甲) and a course on dementia and schizophrenia.</summary>
    public static CorpusDocument TrainingHandout(Synth s, Labeller l)
    {
        var agency = Agency(s.Chance(0.5) ? "社會局" : "警察局");
        var doc = new CorpusDocument
        {
            Title = $"{agency.Short}函-研習講義",
            Head = Letterheads.Full(s, l, agency, "函", Letterheads.OtherAgencies(s, agency, 2), "檢送本年度第一線人員研習講義，請參考運用。", "講義1份"),
        };
        doc.Lines(
            "說明：",
            $"一、課程一「認識失智症與思覺失調症」：講師{s.Pick(Hospitals)}主治醫師{l.Official("person-name", s.Name())}。",
            $"二、案例研討：被告甲前因竊盜案件，經法院判處有期徒刑6月確定，執行完畢後5年內再犯，法院認定為{l.Like("累犯", "criminal-record", "案例用語")}。",
            "三、案例研討：個案乙經醫院診斷為重度憂鬱症，社工員應如何連結心理諮商資源。",
            $"四、講義電子檔請至本{agency.Short[^1]}網站下載，洽詢電話{l.Official("phone", s.Landline(agency.Area))}。");
        doc.Original = Letterheads.OtherAgencies(s, agency, 2);
        return doc;
    }

    private static Agency Agency(string shortName) => Pools.Agencies.First(a => a.Short == shortName);
}
