namespace DocScan.EvalCorpus;

/// <summary>
/// Documents that must be released as they are: every one carries a full letterhead, and the only
/// data in them is the agency's own, other officials' in role and companies'.
/// </summary>
public static class ReleaseKinds
{
    public static CorpusDocument Letter(Synth s, Labeller l)
    {
        var agency = s.Pick(Pools.Agencies);
        var topic = s.Pick(Pools.Topics);
        var subject = s.Pick(new[]
        {
            $"檢送本{agency.Short[^1]}「115年度{topic}計畫」1份，請查照並轉知所屬。",
            $"有關辦理{topic}相關事宜，請貴機關協助配合辦理，請查照。",
            $"為落實{topic}工作，請於115年{s.Int(2, 11)}月底前填報執行成果，請查照。",
        });
        var doc = new CorpusDocument { Title = $"{agency.Short}函-{topic}", Head = Letterheads.Full(s, l, agency, "函", Letterheads.OtherAgencies(s, agency, s.Int(1, 3)), subject, s.Pick(new[] { "計畫書1份", "填報表1份", "無" })) };
        doc.Lines("說明：", $"一、依據{s.Pick(new[] { "個人資料保護法", "行政程序法", "災害防救法", "政府資訊公開法" })}第{l.Like(s.Int(2, 30) + "條")}規定辦理。");
        if (s.Chance(0.5))
        {
            var hotline = s.Hotline();
            doc.Lines($"二、民眾如有疑問，可撥打免付費諮詢專線{l.Official("phone", hotline)}或市民當家熱線1999洽詢。");
        }
        else
        {
            doc.Lines($"二、相關資料已置於本{agency.Short[^1]}網站（https://www.{agency.Domain}）「最新消息」專區，請自行下載。");
        }

        doc.Lines($"三、聯絡窗口：本{agency.Short[^1]}{agency.Unit}，電話{l.Official("phone", s.Landline(agency.Area))}。");
        doc.Original = Letterheads.OtherAgencies(s, agency, s.Int(1, 3));
        doc.Copies = $"本{agency.Short[^1]}{agency.Unit}";
        doc.Signature = Letterheads.Signature(s, l, agency);
        return doc;
    }

    public static CorpusDocument BookLetter(Synth s, Labeller l)
    {
        var agency = s.Pick(Pools.Agencies);
        var topic = s.Pick(Pools.Topics);
        var doc = new CorpusDocument { Title = $"{agency.Short}書函-{topic}", Head = Letterheads.Full(s, l, agency, "書函", Letterheads.OtherAgencies(s, agency, 1), s.Pick(new[]
        {
            $"函轉「{topic}」宣導資料，請參考運用。",
            $"貴機關函詢{topic}執行疑義一案，復如說明。",
            $"檢送本{agency.Short[^1]}{topic}說明會會議紀錄1份，請查照。",
        })) };
        doc.Lines("說明：", $"一、依{Letterheads.OtherAgencies(s, agency, 1)}115年{s.Int(1, 12)}月{s.Int(1, 28)}日函辦理。", "二、宣導海報及單張電子檔，請至本機關網站下載。");
        doc.Original = Letterheads.OtherAgencies(s, agency, 2);
        return doc;
    }

    public static CorpusDocument MeetingNotice(Synth s, Labeller l)
    {
        var agency = s.Pick(Pools.Agencies);
        var topic = s.Pick(Pools.Topics);
        var doc = new CorpusDocument { Title = $"{agency.Short}開會通知單-{topic}", Head = Letterheads.Full(s, l, agency, "開會通知單", Letterheads.OtherAgencies(s, agency, 2), $"召開「{topic}」跨機關協調會議", "議程1份") };
        var venue = s.Pick(Pools.Venues);
        var chair = s.Name();
        var contact = s.Name();
        doc.Lines(
            $"開會事由：研商{topic}推動事宜",
            $"開會時間：115年{s.Int(1, 12)}月{s.Int(1, 28)}日（星期{s.Pick(new[] { "一", "二", "三", "四", "五" })}）{s.Pick(new[] { "上午9時30分", "下午2時", "上午10時" })}",
            $"開會地點：{venue}（{l.Official("address", string.Concat(agency.Address))}）",
            $"主持人：{s.Pick(new[] { "副局長", "主任秘書", "處長" })}{l.Official("person-name", chair)}",
            $"{l.Like(s.Pick(new[] { "連絡人", "聯絡人" }), note: "欄位名稱")}及電話：{s.Pick(Pools.OfficialTitles)}{l.Official("person-name", contact)} {l.Official("phone", s.Landline(agency.Area))}",
            $"出席者：{Letterheads.OtherAgencies(s, agency, 3)}",
            $"列席者：本{agency.Short[^1]}{agency.Unit}",
            "備註：請各機關指派熟悉業務人員出席，並請於會前詳閱議程資料。");
        doc.Copies = $"本{agency.Short[^1]}{agency.Unit}";
        return doc;
    }

    public static CorpusDocument Announcement(Synth s, Labeller l)
    {
        var agency = s.Pick(Pools.Agencies);
        var topic = s.Pick(Pools.Topics);
        var doc = new CorpusDocument { Title = $"{agency.Short}公告-{topic}", Head = Letterheads.Full(s, l, agency, "公告", "（無）", $"公告本{agency.Short[^1]}「{topic}」實施事項。") };
        doc.Lines(
            $"依據：{s.Pick(new[] { "地方制度法", "行政程序法", "環境基本法" })}第{l.Like(s.Int(10, 40) + "條")}。",
            "公告事項：",
            $"一、實施期間：自115年{s.Int(1, 6)}月1日起至115年{s.Int(7, 12)}月31日止。",
            $"二、洽詢服務：{s.Pick(new[] { "免付費專線", "服務專線" })}{l.Official("phone", s.Hotline())}，或本{agency.Short[^1]}{agency.Unit}{l.Official("phone", s.Landline(agency.Area))}；{s.Pick(new[] { "反詐騙諮詢請撥165", "外籍勞工諮詢請撥1955", "市民熱線1999" })}。",
            $"三、受理地點：{l.Official("address", string.Concat(agency.Address))}一樓服務臺。");
        doc.Signature = Letterheads.Signature(s, l, agency);
        return doc;
    }

    public static CorpusDocument AwardNotice(Synth s, Labeller l)
    {
        var agency = s.Pick(Pools.Agencies);
        var project = $"115年度{s.Pick(Pools.Topics)}{s.Pick(new[] { "委託服務案", "設備採購案", "工程" })}";
        var caseNumber = l.Like(DocScan.SampleDocs.Catalog.Plantings.NotUbn(NotUbnDigits(s)), note: "標案案號");
        var doc = new CorpusDocument { Title = $"{agency.Short}決標公告-{project}", Head = Letterheads.Full(s, l, agency, "公告", "（無）", $"公告「{project}」決標結果。") };
        doc.Lines($"標案案號：{caseNumber}", $"標案名稱：{project}", $"招標方式：{s.Pick(new[] { "公開招標", "限制性招標" })}　決標方式：{s.Pick(new[] { "最低標", "最有利標" })}", $"決標金額：新臺幣{(s.Int(100, 90_000) * 1000).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}元");
        var rows = new List<string[]>();
        for (var i = 0; i < s.Int(2, 4); i++)
        {
            var company = s.Company(agency);
            rows.Add([
                company.Name,
                l.Organisation("ubn", company.Ubn),
                l.Organisation("address", string.Concat(company.Address)),
                l.Organisation("phone", company.Phone),
                i == 0 ? "得標" : "未得標",
            ]);
        }

        doc.Add(new Grid(["廠商名稱", "統一編號", "廠商地址", "廠商電話", "結果"], rows));
        doc.Lines("本案依政府採購法第61條規定刊登決標公告。");
        return doc;
    }

    public static CorpusDocument PressRelease(Synth s, Labeller l)
    {
        var agency = s.Pick(Pools.Agencies);
        var topic = s.Pick(Pools.Topics);
        var head = Letterheads.Full(s, l, agency, s.Pick(new[] { "新聞稿", "新聞參考資料" }), "各新聞媒體", $"{agency.Short}推動{topic}　成果亮眼");
        var doc = new CorpusDocument { Title = $"{agency.Short}新聞稿-{topic}", Head = head };
        var officer = s.Name();
        var leader = s.Name();
        doc.Lines(
            s.Pick(new[]
            {
                $"{agency.Name}今日表示，115年度{topic}工作已完成第一階段，{s.Pick(new[] { "局長", "處長", "署長" })}{l.Official("person-name", leader)}感謝各界支持。",
                $"{s.Pick(new[] { "局長", "處長", "署長" })}{l.Official("person-name", leader)}今（{s.Int(1, 28)}）日出席{topic}記者會，說明今年度推動重點。",
                $"為推動{topic}，{agency.Short}與轄內{s.Int(5, 40)}個社區合作，由{s.Pick(new[] { "局長", "處長", "署長" })}{l.Official("person-name", leader)}親自授證。",
            }),
            $"{agency.Short}提醒民眾，如需協助可撥打{l.Official("phone", s.Hotline())}，或至{agency.Short}網站查詢。",
            $"新聞聯絡人：{agency.Unit}{s.Pick(new[] { "科長", "專員" })}{l.Official("person-name", officer)}，電話{l.Official("phone", s.Landline(agency.Area))}{(s.Chance(0.5) ? $"，手機{l.Official("phone", s.Mobile())}" : "")}");
        return doc;
    }

    public static CorpusDocument TrainingNotice(Synth s, Labeller l)
    {
        var agency = s.Pick(Pools.Agencies);
        var topic = s.Pick(Pools.Topics);
        var doc = new CorpusDocument { Title = $"{agency.Short}訓練通知-{topic}", Head = Letterheads.Full(s, l, agency, "函", Letterheads.OtherAgencies(s, agency, 2), $"本{agency.Short[^1]}辦理「115年度{topic}教育訓練」，請薦派人員參訓，請查照。", "課程表1份") };
        doc.Lines("說明：", $"一、訓練地點：{s.Pick(Pools.Venues)}（{l.Official("address", string.Concat(agency.Address))}）。", $"二、報名方式：請於115年{s.Int(1, 11)}月{s.Int(1, 28)}日前至公務人員終身學習入口網站報名，或以電子郵件寄至{l.Official("email", s.OfficialMailbox(agency))}。");
        doc.Add(new Grid(["時間", "課程", "講座"], [
            ["09:00-10:30", $"{topic}法規概論", $"{agency.Unit}科長{l.Official("person-name", s.Name())}"],
            ["10:40-12:00", "案例研討", $"{s.Pick(new[] { "國立臺灣大學", "國立政治大學", "國立中興大學" })}教授{l.Official("person-name", s.Name())}"],
        ]));
        doc.Lines($"三、課程洽詢：{l.Official("phone", s.Landline(agency.Area))}，或服務專線{l.Official("phone", s.Hotline())}。");
        doc.Original = Letterheads.OtherAgencies(s, agency, 2);
        return doc;
    }

    /// <summary>A letter sending on a ruling already anonymised (王○明): the ○ names are look-alikes; judge and clerk are officials in role.</summary>
    public static CorpusDocument AnonymisedRuling(Synth s, Labeller l)
    {
        var agency = s.Pick(Pools.Agencies);
        var court = s.Pick(Pools.Courts).Name;
        var caseNo = l.Like($"{s.Int(110, 114)}年度{s.Pick(new[] { "易", "訴", "簡" })}字第{s.Int(100, 2999)}號", note: "案號");
        var doc = new CorpusDocument { Title = $"{agency.Short}函-判決書轉知", Head = Letterheads.Full(s, l, agency, "函", Letterheads.OtherAgencies(s, agency, 1), $"檢送{court}{caseNo}判決（已去識別化）1份，請參考。", "判決書1份") };
        var accused = l.Like(s.AnonymisedName(), "person-name", "已去識別化");
        var victim = l.Like(s.AnonymisedName(), "person-name", "已去識別化");
        doc.Lines(
            "說明：",
            $"一、{court}刑事判決{caseNo}",
            $"被告{accused}，男，民國○○年○月○日生，身分證統一編號：{l.Like("A1********", note: "遮蔽")}",
            $"主文：{accused}犯{s.Pick(Pools.Crimes)}罪，處有期徒刑{s.Pick(new[] { "參", "陸", "捌" })}月。",
            $"事實：被告於{s.Int(110, 113)}年間，在{s.Pick(Pools.Cities).City}○○區○○路○段○號前，竊取被害人{victim}所有之機車1輛。",
            $"法官　{l.Official("person-name", s.Name())}",
            $"書記官　{l.Official("person-name", s.Name())}",
            "二、請各單位列為法紀教育參考資料。");
        return doc;
    }

    /// <summary>A letter carrying law text: articles that name the kinds of data, an ID format example that fails its checksum.</summary>
    public static CorpusDocument LawText(Synth s, Labeller l)
    {
        var agency = s.Pick(Pools.Agencies);
        var doc = new CorpusDocument { Title = $"{agency.Short}函-法規修正轉知", Head = Letterheads.Full(s, l, agency, "函", Letterheads.OtherAgencies(s, agency, 2), "轉知「個人資料保護法施行細則」部分條文修正，請查照。", "修正條文對照表1份") };
        doc.Lines(
            "說明：",
            "一、修正條文如下：",
            "第三條　本法第二條第一款所稱病歷、醫療、基因、性生活、健康檢查及犯罪前科之個人資料，依下列規定認定。",
            "第四條　本法所稱身分證統一編號、護照號碼、特徵、指紋、婚姻、家庭、教育、職業，指得以直接或間接方式識別該個人之資料。",
            $"二、填寫範例：身分證統一編號欄請填寫10碼（例：{l.Like(s.InvalidId(), "national-id", "檢查碼錯誤的範例")}），出生年月日欄請填寫{l.Like("000/00/00", "birth-date", "格式範例")}。",
            $"三、本案聯絡人：{agency.Unit}{l.Official("person-name", s.Name())}，電話{l.Official("phone", s.Landline(agency.Area))}。");
        doc.Original = Letterheads.OtherAgencies(s, agency, 2);
        return doc;
    }

    private static string NotUbnDigits(Synth s)
    {
        while (true)
        {
            var candidate = "115" + s.Digits(5);
            if (!DocScan.SampleDocs.Catalog.NumberChecks.IsUbn(candidate))
            {
                return candidate;
            }
        }
    }
}
