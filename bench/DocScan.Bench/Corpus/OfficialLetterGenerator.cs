using static DocScan.Bench.Corpus.Vocabulary;

namespace DocScan.Bench.Corpus;

/// <summary>
/// Writes 函 the way agencies do: letterhead, 受文者, 發文日期 and 發文字號, 密等, 主旨, numbered 說明
/// with sub-items, tables, 正本/副本 and the head's signature. Most letters hold no personal data; some
/// name an applicant with an ID, list people in a table (IDs mostly masked), or carry look-alikes
/// (case numbers, wrong check digits, company numbers, account numbers). Deterministic for a seed.
/// </summary>
internal sealed class OfficialLetterGenerator(int seed)
{
    private readonly LetterParts _p = new(new Random(seed));

    public OfficialLetter Next()
    {
        var (agency, prefix, head) = _p.Pick(Agencies);
        var (county, district, postCode) = _p.Pick(Districts);
        var toPerson = _p.Chance(0.35);
        var recipient = toPerson ? $"{_p.Name()}君" : _p.Chance(0.5) ? _p.Pick(Companies) : _p.Pick(Agencies).Name;
        var blocks = new List<LetterBlock>
        {
            new Paragraph($"{agency}　函"),
            new Paragraph($"地址：{postCode}{county}{district}{_p.Pick(Roads)}{_p.Between(1, 300)}號"),
            new Paragraph($"承辦人：{_p.Name()}"),
            new Paragraph($"電話：{_p.Phone()}"),
            new Paragraph($"傳真：0{_p.Between(2, 8)}-{_p.Ids.Digits(8)}"),
            new Paragraph($"電子信箱：{_p.Email()}"),
        };
        if (toPerson)
        {
            blocks.Add(new Paragraph($"{_p.Ids.Digits(3)}{_p.Address()}"));
        }

        blocks.Add(new Paragraph($"受文者：{recipient}"));
        blocks.Add(new Paragraph($"發文日期：中華民國{_p.RocYear()}年{_p.Between(1, 12)}月{_p.Between(1, 28)}日"));
        blocks.Add(new Paragraph($"發文字號：{_p.DocumentNumber(prefix)}"));
        blocks.Add(new Paragraph($"速別：{_p.Pick(Speeds)}"));
        blocks.Add(new Paragraph(_p.Chance(0.03)
            ? $"密等及解密條件或保密期限：密（{_p.RocYear() + 1}年12月31日解密）"
            : "密等及解密條件或保密期限：普通"));
        blocks.Add(new Paragraph($"附件：{_p.Pick(Attachments)}"));
        blocks.Add(new Paragraph($"主旨：{Subject(agency)}"));
        blocks.Add(new Paragraph("說明："));

        var items = _p.Between(2, 6);
        for (var i = 0; i < items; i++)
        {
            blocks.Add(new Paragraph($"{ChineseNumeral(i + 1)}、{Explanation(agency, prefix, district)}"));
            if (_p.Chance(0.25))
            {
                for (var k = 0; k < _p.Between(2, 4); k++)
                {
                    blocks.Add(new Paragraph($"（{ChineseNumeral(k + 1)}）{Explanation(agency, prefix, district)}"));
                }
            }
        }

        if (_p.Chance(0.18))
        {
            blocks.Add(PeopleTable());
        }
        else if (_p.Chance(0.3))
        {
            blocks.Add(BudgetTable());
        }

        blocks.Add(new Paragraph($"正本：{recipient}"));
        blocks.Add(new Paragraph($"副本：{_p.Pick(Agencies).Name}、本局{_p.Pick(["社會救助科", "秘書室", "會計室", "政風室"])}（均含附件）"));
        blocks.Add(new Paragraph($"{head}　{_p.Name()}"));

        if (_p.Chance(0.1))
        {
            for (var i = 0; i < blocks.Count; i++)
            {
                if (blocks[i] is Paragraph paragraph)
                {
                    blocks[i] = new Paragraph(LetterParts.FullWidthDigits(paragraph.Text));
                }
            }
        }

        return new OfficialLetter(blocks);
    }

    private string Subject(string agency) => _p.Between(0, 4) switch
    {
        0 => $"檢送本局{_p.RocYear()}年度「{_p.Pick(Programs)}」申請案審查結果1份，請查照。",
        1 => $"有關臺端申請{_p.Pick(Programs)}乙案，復如說明，請查照。",
        2 => $"函轉{agency}修正「{LawName(_p.Pick(Laws))}」部分條文，請查照並轉知所屬。",
        3 => $"為辦理{_p.RocYear()}年度{_p.Pick(Programs)}業務聯繫會議，請派員出席，請查照。",
        _ => $"有關{_p.Pick(Companies)}承攬本局「{_p.Pick(Programs)}」採購案，請依契約規定辦理，請查照。",
    };

    private string Explanation(string agency, string prefix, string district) => _p.Between(0, 15) switch
    {
        0 => $"依據{_p.Pick(Laws)}規定辦理。",
        1 => $"復臺端{_p.Date()}申請書。",
        2 => $"本局為推動{_p.Pick(Programs)}，業於{_p.Date()}召開審查會議，會議紀錄如附件，請查照。",
        3 => $"請貴單位於{_p.Date()}前將相關資料送達本局，俾利彙辦；逾期未送者，視同放棄。",
        4 => $"本案所需經費{_p.Amount()}，由本局{_p.RocYear()}年度相關預算項下支應。",
        5 => $"聯絡人：本局{_p.Pick(["科員", "專員", "股長", "約聘人員"])}{_p.Name()}，電話：{_p.Phone()}，電子信箱：{_p.Email()}。",
        6 => $"本案業經本局{_p.Date()}{_p.DocumentNumber(prefix)}函復在案，併予敘明。",
        7 => $"旨揭採購案由{_p.Pick(Companies)}（統一編號：{_p.Ids.CompanyNumber()}）得標，契約金額{_p.Amount()}。",
        8 => $"有關{district}{_p.LandParcel()}土地分割案，請於{_p.Date()}前檢具相關文件辦理。",
        9 => $"收文號{_p.Ids.InvalidNationalId()}之陳情案，業經本局查明，並無違反{_p.Pick(Laws)}之情事。",
        10 => $"申請人{_p.Name()}（身分證統一編號：{_p.Ids.NationalId()}，{_p.BirthDate()}生）設籍於{_p.Address()}，經審核符合{_p.Pick(Laws)}規定，核定自{_p.Date()}起按月補助{_p.Amount()}。",
        11 => $"補助款將撥入申請人指定之{_p.BankAccount()}，請於撥款後7日內查詢入帳情形。",
        12 => $"本局稽查人員於{_p.Date()}在{_p.Address()}前查獲車號{_p.VehiclePlate()}車輛違規排放廢氣，依法舉發。",
        13 => _p.Chance(0.3)
            ? $"外籍移工{_p.Pick(["NGUYEN VAN AN", "SITI AMINAH", "MARIA SANTOS"])}（居留證統一證號：{(_p.Chance(0.5) ? _p.Ids.ResidentId() : _p.Ids.OldResidentId())}）之聘僱許可，請依規定辦理。"
            : $"檢附{_p.Pick(Programs)}實施計畫1份，請轉知所屬踴躍參加。",
        14 => $"旨揭資料涉及個人資料，請依{_p.Pick(Laws)}妥善保管，不得作為其他用途，並應保守秘密。",
        _ => $"如有疑義，請洽本局服務專線{_p.Phone()}，或至{agency}網站查詢。",
    };

    private Table PeopleTable()
    {
        var rows = new List<string[]> { new[] { "編號", "姓名", "身分證統一編號", "出生日期", "戶籍地址", "核定金額" } };
        var masked = _p.Chance(0.7);
        for (var i = 1; i <= _p.Between(3, 12); i++)
        {
            var id = masked ? _p.Ids.MaskedNationalId() : _p.Ids.NationalId();
            rows.Add([i.ToString(), _p.Name(), id, _p.BirthDate(), _p.Address(), _p.Amount()]);
        }

        return new Table(rows);
    }

    private Table BudgetTable()
    {
        var rows = new List<string[]> { new[] { "工作計畫", "預算數", "執行數", "執行率", "備註" } };
        for (var i = 0; i < _p.Between(4, 10); i++)
        {
            var budget = _p.Between(100, 90_000) * 1_000;
            var spent = budget / 100 * _p.Between(40, 100);
            rows.Add([_p.Pick(Programs), $"{budget:N0}", $"{spent:N0}", $"{spent * 100.0 / budget:0.0}%", _p.Chance(0.3) ? _p.Pick(Laws) : ""]);
        }

        return new Table(rows);
    }

    private static string LawName(string citation) => citation[..citation.IndexOf('第')];

    private static string ChineseNumeral(int n) => n switch
    {
        <= 10 => "零一二三四五六七八九十"[n].ToString(),
        < 20 => "十" + "零一二三四五六七八九"[n - 10],
        _ => n.ToString(),
    };
}
