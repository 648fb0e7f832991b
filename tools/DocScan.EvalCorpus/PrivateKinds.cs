namespace DocScan.EvalCorpus;

/// <summary>Documents that hold private persons' data: they must be redacted (or dual-drafted, for evaluators).</summary>
public static class PrivateKinds
{
    /// <summary>A 函 replying to a citizen: he stays private inside the letterhead zone (受文者).</summary>
    public static CorpusDocument CitizenReply(Synth s, Labeller l)
    {
        var agency = s.Pick(Pools.Agencies);
        var citizen = s.Name();
        var role = s.Pick(new[] { "陳情人", "檢舉人", "申請人", "關係人" });
        var doc = new CorpusDocument { Title = $"{agency.Short}函-復{role}", PrivateRecipient = true, Head = Letterheads.Full(s, l, agency, "函", $"{l.Private("person-name", citizen)}{s.Pick(new[] { "君", "先生", "女士", "" })}", $"有關臺端{s.Pick(new[] { "陳情住家附近噪音", "檢舉違規停車", "申請急難救助", "反映道路坑洞" })}一案，復如說明，請查照。") };
        doc.Lines(
            "說明：",
            $"一、復{role}{citizen}115年{s.Int(1, 12)}月{s.Int(1, 28)}日{s.Pick(new[] { "陳情書", "電子郵件", "申請書" })}。",
            $"二、臺端住址{l.Private("address", s.HomeAddress())}，經本{agency.Short[^1]}派員於{s.Int(1, 28)}日前往會勘。");
        if (s.Chance(0.6))
        {
            doc.Lines($"三、臺端所留聯絡電話{l.Private("phone", s.Mobile())}，承辦人將另行聯繫。");
        }

        if (s.Chance(0.4))
        {
            doc.Lines($"四、臺端身分證統一編號{l.Private("national-id", s.NationalId())}已核對無誤。");
        }

        doc.Original = $"{citizen}{s.Pick(new[] { "君", "" })}";
        doc.Copies = $"本{agency.Short[^1]}{agency.Unit}";
        doc.Signature = Letterheads.Signature(s, l, agency);
        return doc;
    }

    /// <summary>A public court ruling before anonymisation: 當事人 block, judge and clerk in role.</summary>
    public static CorpusDocument CourtRuling(Synth s, Labeller l)
    {
        var seat = s.Pick(Pools.Courts);
        var court = seat.Name;
        var variant = s.Int(0, 3);
        var caseNo = l.Like($"{s.Int(110, 114)}年度{(variant < 2 ? s.Pick(new[] { "易", "訴", "簡" }) : s.Pick(new[] { "監宣", "訴", "家聲" }))}字第{s.Int(100, 2999)}號", note: "案號");
        var doc = new CorpusDocument { Title = $"{court}{(variant < 2 ? "刑事判決" : variant == 2 ? "民事裁定" : "民事判決")}{caseNo}" };
        var judge = s.Name();
        var clerk = s.Name();
        var first = s.Name();
        switch (variant)
        {
            case 0 or 1:
                var crime = s.Pick(Pools.Crimes);
                var sentence = $"有期徒刑{s.Pick(new[] { "參月", "陸月", "捌月", "壹年貳月" })}";
                doc.Lines(
                    $"公訴人　{court.Replace("法院", "檢察署")}檢察官",
                    $"被　　告　{l.Private("person-name", first)}　{s.Pick(new[] { "男", "女" })}　民國{l.Private("birth-date", s.RocBirthDateWords())}生",
                    $"　　　　　身分證統一編號：{l.Private("national-id", s.NationalId())}",
                    $"　　　　　住{l.Private("address", s.HomeAddress())}",
                    $"選任辯護人　{l.Official("person-name", s.Name())}律師",
                    "上列被告因" + crime + "案件，經檢察官提起公訴，本院判決如下：",
                    "主　文");
                if (variant == 0)
                {
                    doc.Lines($"{first}犯{crime}罪，{l.Private("criminal-record", "累犯")}，處{l.Private("criminal-record", sentence)}。");
                }
                else
                {
                    doc.Lines($"{first}{l.Private("criminal-record", "無罪")}。", $"{first}應令入相當處所，{l.Private("criminal-record", "施以監護")}貳年。", $"被告經鑑定罹患{l.Private("health-record", s.Pick(Pools.Conditions))}，行為時辨識能力顯著降低。");
                }

                var victim = s.Name();
                var witness = s.Name();
                doc.Lines("事實及理由", $"一、被告於{s.Int(110, 113)}年間，竊取被害人{l.Private("person-name", victim)}所有之財物，業據證人{l.Private("person-name", witness)}證述明確。");
                break;
            case 2:
                var respondent = s.Name();
                var condition = s.Pick(Pools.Conditions);
                doc.Lines(
                    $"聲請人　{l.Private("person-name", first)}　住{l.Private("address", s.HomeAddress())}",
                    $"相對人　{l.Private("person-name", respondent)}",
                    $"關係人　{l.Private("person-name", s.Name())}",
                    "主　文",
                    $"宣告{respondent}為受監護宣告之人。選定聲請人為受監護人{respondent}之監護人。",
                    "理　由",
                    $"相對人因{l.Private("health-record", condition)}，致不能為意思表示，有{s.Pick(new[] { "臺北榮民總醫院", "國立成功大學醫學院附設醫院" })}鑑定報告可稽（診斷碼{l.Private("health-record", s.Pick(Pools.IcdCodes))}）。");
                break;
            default:
                var defendant = s.Name();
                doc.Lines(
                    $"原　　告　{l.Private("person-name", first)}",
                    $"訴訟代理人　{l.Official("person-name", s.Name())}律師",
                    $"被　　告　{l.Private("person-name", defendant)}　住{l.Private("address", s.HomeAddress())}",
                    "主　文",
                    $"被告應給付原告新臺幣{s.Int(10, 90)}萬元。",
                    "事實及理由",
                    $"原告主張被告於{s.Int(110, 113)}年駕駛車牌號碼{l.Private("vehicle-plate", s.Plate())}之自用小客車，撞及原告。");
                break;
        }

        doc.Lines($"中　　華　　民　　國　　115　　年　　{s.Int(1, 12)}　　月　　{s.Int(1, 28)}　　日", $"{s.Pick(new[] { "刑事第五庭", "民事第二庭", "家事法庭" })}　法　官　{l.Official("person-name", judge)}", "以上正本證明與原本無異。", $"書記官　{l.Official("person-name", clerk)}");
        if (s.Chance(0.6))
        {
            doc.Lines($"如不服本{(variant < 2 ? "判決" : "裁定")}，應於送達後20日內向本院提出上訴狀（本院地址：{l.Official("address", seat.Address)}，訴訟輔導科電話{l.Official("phone", s.Landline(seat.Area))}）。");
        }
        return doc;
    }

    /// <summary>A roster (研習學員、志工、受助者): names in a column, ROC birth dates, IDs, phones.</summary>
    public static CorpusDocument Roster(Synth s, Labeller l)
    {
        var topic = s.Pick(Pools.Topics);
        var nameHeader = s.Pick(new[] { "姓名", "學員", "參加人員", "受助者" });
        var withId = s.Chance(0.6);
        var header = withId
            ? new[] { "編號", nameHeader, "身分證統一編號", "出生日期", "連絡電話", "備註" }
            : new[] { "編號", nameHeader, "出生日期", "行動電話", "服務單位" };
        var rows = new List<string[]>();
        for (var i = 1; i <= s.Int(4, 9); i++)
        {
            var name = l.Private("person-name", s.Name());
            var birth = l.Private("birth-date", s.RocBirthDate(slashesOnly: true));
            var phone = l.Private("phone", s.Mobile());
            rows.Add(withId
                ? [i.ToString(), name, l.Private("national-id", s.NationalId()), birth, phone, s.Pick(new[] { "", "素食", "需停車位" })]
                : [i.ToString(), name, birth, phone, s.Pick(Pools.Agencies).Short]);
        }

        return new CorpusDocument { Title = $"{topic}{s.Pick(new[] { "研習學員名冊", "志工名冊", "補助對象清冊" })}" }
            .Add(new Grid(header, rows));
    }

    /// <summary>A land-registry query export (seed case 4): owners, their birth dates (ROC, only a column says so) and addresses.</summary>
    public static CorpusDocument LandQuery(Synth s, Labeller l)
    {
        var rows = new List<string[]>();
        var withId = s.Chance(0.5);
        for (var i = 0; i < s.Int(3, 8); i++)
        {
            var section = s.Pick(Pools.LandSections);
            var parcel = l.Private("land-parcel", $"{s.Int(1, 999):D4}-{s.Int(0, 20):D4}");
            var building = s.Chance(0.6) ? l.Private("building-number", $"{s.Int(100, 9999):D5}-000") : "";
            List<string> row = [section, parcel, building, l.Private("person-name", s.Name()), l.Private("birth-date", s.RocBirthDate(slashesOnly: true)), l.Private("address", s.HomeAddress())];
            if (withId)
            {
                row.Insert(4, l.Private("national-id", s.NationalId()));
            }

            rows.Add(row.ToArray());
        }

        string[] header = withId ? ["段小段", "地號", "建號", "所有權人", "統一編號", "出生日期", "住址"] : ["段小段", "地號", "建號", "所有權人", "出生日期", "住址"];
        return new CorpusDocument { Title = "地籍資料查詢結果" }.Add(new Grid(header, rows));
    }

    /// <summary>Foreign workers: Latin-capital names beside passport and resident certificate numbers.</summary>
    public static CorpusDocument ForeignWorkers(Synth s, Labeller l)
    {
        var rows = new List<string[]>();
        var employer = s.Pick(Pools.CompanyStems) + s.Pick(Pools.CompanyKinds);
        for (var i = 1; i <= s.Int(3, 8); i++)
        {
            var nationality = s.Pick(Pools.Nationalities);
            rows.Add([
                i.ToString(),
                l.Private("person-name", s.LatinName()),
                nationality,
                l.Private("passport", s.Passport(nationality)),
                l.Private("resident-id", s.ResidentId()),
                employer,
                $"{s.Int(2021, 2025)}/{s.Int(1, 12):D2}/{s.Int(1, 28):D2}",
            ]);
        }

        return new CorpusDocument { Title = s.Pick(new[] { "外籍移工名冊", "外國人聘僱許可名冊", "移工入境健檢名單" }) }
            .Add(new Grid(["序號", s.Pick(new[] { "英文姓名", "姓名(英文)", "NAME" }), "國籍", "護照號碼", "居留證號", "雇主", "入境日期"], rows));
    }

    /// <summary>Seed case 3: an evaluation committee list, or evaluators named only in a Word comment (dual draft).</summary>
    public static CorpusDocument EvaluatorList(Synth s, Labeller l)
    {
        var agency = s.Pick(Pools.Agencies);
        var project = $"115年度{s.Pick(Pools.Topics)}委託服務案";
        if (s.Chance(0.4))
        {
            var names = Enumerable.Range(0, s.Int(3, 5)).Select(_ => l.Private("evaluator-name", s.Name())).ToList();
            return new CorpusDocument { Title = $"簽-{project}評選委員" }
                .Lines($"簽　於{agency.Unit}", $"主旨：「{project}」擬組成採購評選委員會，簽請核示。", "說明：", "一、依採購評選委員會組織準則第4條規定，外聘委員不少於三分之一。", "二、擬聘委員名單如附（密）。")
                .Add(new Remark(s.Name(), $"建議外聘委員：{string.Join("、", names)}"))
                .Lines("擬辦：奉核後發函聘任。");
        }

        var rows = Enumerable.Range(0, s.Int(4, 7)).Select(i => new[]
        {
            i == 0 ? "召集人" : "委員",
            l.Private("evaluator-name", s.Name()),
            s.Pick(new[] { "國立臺灣大學", "國立成功大學", "逢甲大學", agency.Name, "臺北市建築師公會" }),
            s.Pick(new[] { "教授", "副教授", "科長", "理事" }),
        }).ToArray();
        return new CorpusDocument { Title = $"{project}採購評選委員名單" }
            .Lines($"{agency.Name}「{project}」採購評選委員會委員名單")
            .Add(new Grid(["職務", "姓名", "服務機關", "職稱"], rows))
            .Lines("依政府採購法第94條規定，委員名單於開會前應予保密。");
    }

    /// <summary>Health data about a named person (PDPA Art. 6): 失智症, 心智障礙, ICD codes.</summary>
    public static CorpusDocument HealthRecord(Synth s, Labeller l)
    {
        var agency = Pools.Agencies.First(a => a.Short is "衛生局" or "社會局");
        if (s.Chance(0.5))
        {
            var rows = Enumerable.Range(0, s.Int(3, 7)).Select(_ => new[]
            {
                l.Private("person-name", s.Name()),
                l.Private("national-id", s.NationalId()),
                l.Private("health-record", s.Pick(Pools.Conditions)),
                l.Private("health-record", s.Pick(Pools.IcdCodes)),
                l.Private("phone", s.Mobile()),
            }).ToArray();
            return new CorpusDocument { Title = "個案追蹤管理表" }.Add(new Grid(["個案", "身分證號", "診斷", "ICD-10", "家屬電話"], rows));
        }

        var person = s.Name();
        var family = s.Name();
        var doc = new CorpusDocument { Title = $"{agency.Short}函-個案照護通知", PrivateRecipient = true, Head = Letterheads.Full(s, l, agency, "函", $"{l.Private("person-name", family)}君", "有關臺端家屬申請長期照顧服務一案，請查照。") };
        doc.Lines(
            "說明：",
            $"一、個案{l.Private("person-name", person)}（民國{l.Private("birth-date", s.RocBirthDateWords())}生）經{s.Pick(new[] { "醫院", "本局長照中心" })}評估，診斷為{l.Private("health-record", s.Pick(Pools.Conditions))}（{l.Private("health-record", s.Pick(Pools.IcdCodes))}）。",
            $"二、照顧服務地址：{l.Private("address", s.HomeAddress())}。");
        doc.Signature = Letterheads.Signature(s, l, agency);
        return doc;
    }

    /// <summary>Seed case 2: a police report: the officer who is its subject, a suspect's criminal record and a plate.</summary>
    public static CorpusDocument PoliceReport(Synth s, Labeller l)
    {
        var officer = s.Name();
        var suspect = s.Name();
        var crime = s.Pick(Pools.Crimes);
        return new CorpusDocument { Title = $"職務報告-{s.Pick(new[] { "查詢紀錄", "違規查處", "案件偵辦" })}" }
            .Lines(
                $"職務報告　{s.Pick(new[] { "中正第一分局", "苓雅分局", "板橋分局" })}",
                $"一、警員{l.Private("person-name", officer)}於115年{s.Int(1, 12)}月{s.Int(1, 28)}日，未經授權以M-Police查詢民眾{l.Private("person-name", suspect)}之資料，經督察組調查屬實。",
                $"二、{suspect}，身分證統一編號{l.Private("national-id", s.NationalId())}，{l.Private("criminal-record", $"有{crime}前科{s.Int(2, 5)}犯")}，駕駛車號{l.Private("vehicle-plate", s.Plate())}自小客車。",
                $"三、擬依規定將警員{officer}移付懲處。");
    }

    /// <summary>A petition by e-mail, written in by the citizen or forwarded between agencies.</summary>
    public static CorpusDocument Petition(Synth s, Labeller l)
    {
        var agency = s.Pick(Pools.Agencies);
        var name = s.Name();
        var email = s.PrivateEmail();
        var role = s.Pick(new[] { "陳情人", "檢舉人" });
        var lines = new[]
        {
            $"{role}：{l.Private("person-name", name)}",
            $"連絡電話：{l.Private("phone", s.Mobile())}",
            $"地址：{l.Private("address", s.HomeAddress())}",
            $"內容：{s.Pick(new[] { "住家旁工地夜間施工噪音嚴重", "巷口違規停車影響通行", "公園設施損壞無人修繕" })}，請貴{agency.Short[^1]}儘速處理。",
        };
        if (s.Chance(0.5))
        {
            return new CorpusDocument { Title = $"陳情-{agency.Short}", MailFrom = l.Private("email", email), MailTo = l.Official("email", $"service@{agency.Domain}") }.Lines(lines);
        }

        var doc = new CorpusDocument { Title = $"{agency.Short}轉陳情案", Head = Letterheads.Full(s, l, agency, "函", Letterheads.OtherAgencies(s, agency, 1), "轉陳民眾陳情案，請依權責處理逕復，請查照。") };
        doc.Lines(lines);
        doc.Lines($"{role}電子郵件：{l.Private("email", email)}");
        return doc;
    }

    /// <summary>An internal 簽 about several petitioners, their names joined by 、.</summary>
    public static CorpusDocument Memo(Synth s, Labeller l)
    {
        var agency = s.Pick(Pools.Agencies);
        var names = Enumerable.Range(0, s.Int(2, 4)).Select(_ => l.Private("person-name", s.Name())).ToList();
        var role = s.Pick(new[] { "陳情人", "申請人", "被害人" });
        return new CorpusDocument { Title = $"簽-{role}案" }
            .Lines(
                $"簽　於{agency.Unit}　115年{s.Int(1, 12)}月{s.Int(1, 28)}日",
                $"主旨：{role}{string.Join("、", names)}等{names.Count}人{s.Pick(new[] { "陳情社區道路拓寬", "申請急難救助", "請求國家賠償" })}一案，簽請核示。",
                $"說明：一、{role}代表{names[0]}聯絡電話{l.Private("phone", s.Mobile())}。",
                "擬辦：擬函復並副知相關單位。");
    }

    /// <summary>Towed vehicles: plates written BKR-7352, owners.</summary>
    public static CorpusDocument TowingList(Synth s, Labeller l)
    {
        var rows = Enumerable.Range(0, s.Int(3, 8)).Select(_ => new[]
        {
            l.Private("vehicle-plate", s.Plate()),
            l.Private("person-name", s.Name()),
            $"115/{s.Int(1, 12):D2}/{s.Int(1, 28):D2} {s.Int(7, 22):D2}:{s.Int(0, 59):D2}",
            $"{s.Pick(Pools.Streets)}與{s.Pick(Pools.Streets)}口",
        }).ToArray();
        return new CorpusDocument { Title = "違規車輛移置保管清冊" }.Add(new Grid(["車牌號碼", "車主", "移置時間", "移置地點"], rows));
    }
}
