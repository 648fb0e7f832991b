using System.Text;

namespace DocScan.Tests.Shared;

/// <summary>Outgoing documents as agencies write them, with synthetic checksum-valid IDs.</summary>
public static class TestDocuments
{
    public const string NationalId = "F152601819";
    public const string OtherNationalId = "H259083019";

    /// <summary>A letter naming a person by ID: verdict redact.</summary>
    public static byte[] LetterWithId(string id = NationalId, int number = 1234) => Text($"""
        臺北市政府社會局 函
        受文者：王小明君
        發文字號：北市社助字第113000{number}號
        主旨：有關  台端申請中低收入戶資格一案，復如說明，請查照。
        說明：
        一、申請人：王小明，身分證統一編號：{id}。
        二、經審查符合資格，自113年7月起核予生活扶助。
        """);

    /// <summary>A public notice with nothing personal in it: verdict release.</summary>
    public static byte[] Notice(int number = 1) => Text($"""
        臺北市大安區公所 公告
        發文字號：北市安民字第1130{number:D4}號
        主旨：公告大安區市民活動中心自115年1月1日起開放借用。
        依據：臺北市各區市民活動中心管理辦法。
        公告事項：借用申請請洽本所民政課。
        """);

    /// <summary>A Word document cut off in the middle: cannot be read completely, verdict review.</summary>
    public static byte[] Damaged() => File.ReadAllBytes(Path.Combine(AzuriteFixture.RepositoryRoot(), "sample-docs", "損毀的公文.docx"));

    public static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(AzuriteFixture.RepositoryRoot(), "sample-docs", name));

    /// <summary>What tests/sample-docs.expected.json says of one sample: its verdict id and its findings' masked values, in order.</summary>
    public static (string Verdict, List<string> Masked) Expected(string name)
    {
        using var expected = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AzuriteFixture.RepositoryRoot(), "tests", "sample-docs.expected.json")));
        var entry = expected.RootElement.GetProperty("documents").EnumerateArray().Single(e => e.GetProperty("file").GetString() == name);
        return (entry.GetProperty("verdict").GetString()!,
            entry.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("masked").GetString()!).ToList());
    }

    private static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);
}
