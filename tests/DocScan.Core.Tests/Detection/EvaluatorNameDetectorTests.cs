using System.Text;
using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Policy;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class EvaluatorNameDetectorTests
{
    private readonly EvaluatorNameDetector _detector = new(ScanRules.Default);

    [Theory]
    [InlineData("本案評選委員會委員名單：召集人王大明（本局副局長）、外聘委員李小華（國立臺灣大學教授）、陳美惠（國立政治大學副教授）。",
        new[] { "王大明", "李小華", "陳美惠" })]
    [InlineData("外聘委員：林志成教授、黃雅琪副教授", new[] { "林志成", "黃雅琪" })]
    [InlineData("評審委員　劉德華", new[] { "劉德華" })]
    [InlineData("出席者：召集人蕭美琴、委員張志明、委員林佳慧", new[] { "蕭美琴", "張志明", "林佳慧" })]
    [InlineData("副召集人：歐陽志遠", new[] { "歐陽志遠" })]
    [InlineData("內聘委員：本局秘書室主任", new string[0])] // a post, not a name
    [InlineData("主持人：召集人王正雄副局長", new[] { "王正雄" })] // a name followed by its post
    public void Finds_names_in_an_evaluation_committee_list(string text, string[] names) =>
        Assert.Equal(names, Detect.With(_detector, text).Select(m => m.Value));

    [Fact]
    public void Masks_names_keeping_the_surname()
    {
        var match = Assert.Single(Detect.With(_detector, "召集人：歐陽志遠"));
        Assert.Equal("歐陽○○", match.Masked);
    }

    [Fact]
    public void Finds_roster_names_anywhere_with_high_confidence()
    {
        var detector = new EvaluatorNameDetector(new ScanRules { Evaluators = ["周杰明", "Ｌｉｎ Ｍｅｉ"] });
        var matches = Detect.With(detector, "敬請周杰明老師於113年6月3日撥冗出席，並轉知LinMei。");
        Assert.Equal(["周杰明", "LinMei"], matches.Select(m => m.Value));
        Assert.All(matches, m => Assert.True(m.Confidence >= 0.95));
    }

    [Fact]
    public void Finds_members_in_a_table_with_affiliation_columns()
    {
        var table = SegmentDetect.Table("委員",
            ["編號", "姓名", "服務機關", "職稱", "備註"],
            ["1", "許文雄", "國立成功大學", "教授", "外聘委員"],
            ["2", "張 志 明", "本局", "主任秘書", "內聘委員"]);
        var findings = SegmentDetect.Run(_detector, table);
        Assert.Equal(["許文雄", "張志明"], findings.Select(f => f.Value));
    }

    [Fact]
    public void Finds_members_listed_line_by_line_under_a_committee_heading()
    {
        var lines = SegmentDetect.Lines("外聘委員：\n一、王大明（國立臺灣大學土木工程學系教授）\n二、李小華（國立成功大學建築學系副教授）\n(3) 陳美惠 國立政治大學副教授");
        Assert.Equal(["王大明", "李小華", "陳美惠"], SegmentDetect.Run(_detector, lines).Select(f => f.Value));
        Assert.Empty(SegmentDetect.Run(new PersonNameDetector(ScanRules.Default), lines));
    }

    [Fact]
    public void A_numbered_list_outside_an_evaluation_is_no_members_list()
    {
        var lines = SegmentDetect.Lines("說明：\n一、林務局函送資料1份。\n二、王大明君陳情案業已函復。");
        Assert.Empty(SegmentDetect.Run(_detector, lines));
    }

    [Fact]
    public void The_addressee_of_a_committee_meeting_notice_is_an_evaluator_not_a_person()
    {
        var lines = SegmentDetect.Lines("受文者：王大明君\n發文字號：北市資採字第1130012345號\n主旨：檢送本局「113年度資訊系統維護案」評選委員會第1次會議開會通知單，請查照。");
        Assert.Equal("王大明", Assert.Single(SegmentDetect.Run(_detector, lines)).Value);
        Assert.Empty(SegmentDetect.Run(new PersonNameDetector(ScanRules.Default), lines));
    }

    [Fact]
    public void An_attendance_sheet_without_committee_words_is_not_an_evaluator_list()
    {
        var table = SegmentDetect.Table("簽到",
            ["姓名", "服務單位", "職稱", "簽名"],
            ["許文雄", "國立成功大學", "教授", ""]);
        Assert.Empty(SegmentDetect.Run(_detector, table));
    }

    [Theory]
    [InlineData("機關承辦人員甲辦理採購案，以電子郵件洽詢該採購案各外聘評選委員是否有意願參加評選會議時，疏未注意而未將各外聘委員列為密件收件人，")]
    [InlineData("致各外聘評選委員收到電子郵件時即可得知其他評選委員姓名，因而涉違洩漏國防以外應秘密之消息。")]
    [InlineData("(2)政府採購法第 94條 2項、採購評選委員會組織準則第6條第1項。")]
    [InlineData("疏未察覺評審委員名單應於上網公開前保密規定")]
    [InlineData("立法委員王小明於質詢時表示")] // a member of parliament, no evaluation in sight
    [InlineData("召集人王○明、委員林○○")] // already masked
    [InlineData("申請人王小明申請補助，經本會評審後核定。")] // an applicant, not an evaluator
    public void Ignores_evaluation_words_without_a_members_name(string text) =>
        Assert.Empty(Detect.With(_detector, text));

    [Fact]
    public async Task A_roster_name_added_by_a_rules_file_is_found_and_asks_for_separate_drafts()
    {
        var rules = ScanRules.Parse("""{ "evaluators": ["周杰明"] }"""u8, "rules.json");
        var text = "主旨：檢送「113年度資訊系統維護案」評選會議紀錄1份，請查照。\n說明：會議由周杰明老師主持。\n"u8.ToArray();

        var report = await new DocumentScanner(new ScanOptions { Rules = rules }).ReportAsync(text, "紀錄.txt");

        var finding = Assert.Single(report.Findings, f => f.Type == "evaluator-name");
        Assert.Equal("周○明", finding.Masked);
        Assert.DoesNotContain(report.Findings, f => f.Type == "person-name");
        Assert.Equal(Verdict.DualDraft, report.Verdict);
        Assert.Contains("採購評選委員會組織準則第6條", report.Reasons.Single(r => r.Code == "evaluator-list").Basis);
    }

    [Fact]
    public async Task The_same_letter_without_the_rules_file_finds_nothing()
    {
        var text = Encoding.UTF8.GetBytes("說明：會議由周杰明老師主持。\n");
        var report = await new DocumentScanner().ReportAsync(text, "紀錄.txt");
        Assert.Empty(report.Findings);
    }
}
