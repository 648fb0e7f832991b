namespace DocScan.EvalCorpus;

/// <summary>
/// The full letterhead of an outgoing 公文, with its official values labelled as the agency's: 地址,
/// 承辦人, 電話, 傳真, 電子信箱 (*.gov.tw and the like); 發文字號 and 發文日期 are look-alikes. Layouts vary.
/// </summary>
public static class Letterheads
{
    public static Letterhead Full(Synth s, Labeller l, Agency agency, string kind, string recipient, string subject, string? attachment = null)
    {
        var address = string.Concat(agency.Address);
        var clerk = s.Name();
        var phone = s.Landline(agency.Area);
        var fax = s.Landline(agency.Area);
        var mailbox = s.OfficialMailbox(agency);
        var extension = s.Chance(0.7) ? $" 分機{s.Int(100, 8999)}" : "";
        var addressLine = (s.Chance(0.5) ? agency.PostalCode : "") + l.Official("address", address) + (s.Chance(0.3) ? $"（{agency.Unit}）" : "");
        var clerkLine = $"{s.Pick(Pools.OfficialTitles)}{(s.Chance(0.5) ? "　" : "")}{l.Official("person-name", clerk)}";
        List<(string, string)> contact = s.Int(0, 2) switch
        {
            0 => [("地址", addressLine), ("承辦人", clerkLine), ("電話", l.Official("phone", phone) + extension), ("傳真", l.Official("phone", fax)), ("電子信箱", l.Official("email", mailbox))],
            1 => [("機關地址", addressLine), ("聯絡人", clerkLine), ("聯絡電話", l.Official("phone", phone) + extension), ("電子郵件", l.Official("email", mailbox)), ("傳真", l.Official("phone", fax))],
            _ => [("地址", addressLine), ("承辦人", $"{clerkLine}　電話：{l.Official("phone", phone)}{extension}　傳真：{l.Official("phone", fax)}"), ("電子信箱", l.Official("email", mailbox))],
        };
        return new Letterhead(
            agency, kind, contact, recipient,
            l.Like(s.IssueDate(), "birth-date", "發文日期"),
            l.Like(s.DocumentNumber(agency), note: "發文字號"),
            s.Pick(new[] { "普通件", "速件", "最速件" }),
            s.Pick(new[] { "", "普通" }),
            attachment ?? s.Pick(new[] { "無", "如文", "如說明" }),
            subject);
    }

    /// <summary>The head of the agency signing: 局長　王大明 (an official in role).</summary>
    public static string Signature(Synth s, Labeller l, Agency agency)
    {
        var title = agency.Short[^1] switch
        {
            '局' => "局長",
            '處' => "處長",
            '署' => "署長",
            _ => "首長",
        };
        return s.Chance(0.3) ? $"{title}　○○○" : $"{title}　{l.Official("person-name", s.Name())}";
    }

    /// <summary>Other agencies as 受文者, 正本 or 副本.</summary>
    public static string OtherAgencies(Synth s, Agency sender, int count) =>
        string.Join("、", Pools.Agencies.Where(a => a != sender).OrderBy(_ => s.Random.Next()).Take(count).Select(a => a.Name));
}
