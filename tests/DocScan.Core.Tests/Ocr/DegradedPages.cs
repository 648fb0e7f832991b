using DocScan.Core.Tests.Support;
using DocScan.SampleDocs.Packaging;
using SkiaSharp;

namespace DocScan.Core.Tests.Ocr;

/// <summary>
/// Degraded pages drawn here, beside the committed ones of Fixtures/ocr: other documents, other type
/// faces (a Ming print face, a sans screen face), other resolutions and other damage (noise, blur,
/// JPEG, skew, a phone picture lying on its side), so recall is measured on pages OCR was not tuned
/// on. Deterministic: fixed layouts, seeded noise, IDs made checksum-valid by <see cref="IdFactory"/>.
/// </summary>
internal static class DegradedPages
{
    private const string MingFace = "/usr/share/fonts/truetype/arphic-bsmi00lp/bsmi00lp.ttf";
    private const string SansFace = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

    // Droid Sans Fallback has no Latin letters or digits: screens and sans letters print those in DejaVu Sans.
    private const string LatinSansFace = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    /// <param name="Birth">ISO date, as the detector reports it.</param>
    /// <param name="Phone">Digits only, as the detector reports it.</param>
    public sealed record Person(string Name, string Id, string Birth, string Phone)
    {
        public int RocYear => int.Parse(Birth[..4], System.Globalization.CultureInfo.InvariantCulture) - 1911;

        public int Month => int.Parse(Birth[5..7], System.Globalization.CultureInfo.InvariantCulture);

        public int Day => int.Parse(Birth[8..], System.Globalization.CultureInfo.InvariantCulture);

        public string PrintedPhone => $"{Phone[..4]}-{Phone[4..7]}-{Phone[7..]}";
    }

    public sealed record Page(string Name, byte[] Image, IReadOnlyList<Person> People);

    public static IReadOnlyList<Page> All() => [CareRoster(), PetitionReply(), HouseholdScreenOnItsSide()];

    /// <summary>A 衛生局 letter with a roster table, Ming face, A4 at 200 dpi: skewed −0.9°, noise, blur, JPEG 50.</summary>
    private static Page CareRoster()
    {
        var people = People(181, ["吳承翰", "蔡佩珊", "鄭宇軒", "郭淑惠", "洪志明"]);
        using var sheet = new PrintedSheet(1654, 2339, MingFace);
        sheet.Text("臺中市政府衛生局　函", 470, 150, 58);
        float y = 260;
        foreach (var line in new[]
        {
            "地址：40701臺中市西屯區臺灣大道三段99號", "承辦人：陳建國　電話：04-22289111分機38",
            "受文者：臺中市大安區衛生所", "發文日期：中華民國115年4月8日", "發文字號：中市衛長字第1150041234號",
            "速別：普通件", "主旨：檢送本市115年度長期照顧服務個案名冊1份，請依說明辦理。", "說明：",
            "一、依本局115年3月20日中市衛長字第1150035678號函辦理。", "二、個案名冊如下，請於115年4月30日前完成訪視：",
        })
        {
            sheet.Text(line, 140, y, 34);
            y += 62;
        }

        float[] columns = [140, 250, 450, 800, 1100, 1480];
        string[] header = ["編號", "姓名", "身分證統一編號", "出生日期", "聯絡電話"];
        var rows = people.Select((p, i) => new[] { $"{i + 1}", p.Name, p.Id, $"{p.RocYear}.{p.Month:00}.{p.Day:00}", p.PrintedPhone });
        y = sheet.Table(columns, y, 66, 34, [header, .. rows]);
        sheet.Text("正本：臺中市大安區衛生所", 140, y + 80, 34);
        sheet.Text("副本：本局長期照護科", 140, y + 142, 34);
        return new Page("care-roster.jpg", sheet.Degrade(-0.9f, 16, 0.8f, 50, 0, 7), people);
    }

    /// <summary>A 警察局 reply to a petition in prose, sans face, A4 at 150 dpi: skewed 1.6°, heavier noise and blur, JPEG 45.</summary>
    private static Page PetitionReply()
    {
        var people = People(257, ["謝孟儒", "曾雅雯", "周柏宏", "楊惠如"]);
        using var sheet = new PrintedSheet(1240, 1754, SansFace, LatinSansFace);
        sheet.Text("新北市政府警察局　函", 360, 110, 44);
        float y = 200;
        var paragraphs = new List<string>
        {
            "地址：22001新北市板橋區中山路一段32號", "承辦人：林志偉　電話：02-89646600",
            "受文者：謝孟儒君", "發文日期：中華民國115年3月18日", "發文字號：新北警交字第1150512345號",
            "主旨：有關臺端陳情住家附近違規停車一案，復如說明，請查照。", "說明：",
            $"一、依據陳情人謝孟儒（身分證統一編號：{people[0].Id}，民國{people[0].RocYear}年{people[0].Month}月{people[0].Day}日生，聯絡電話：{people[0].PrintedPhone}）115年3月2日陳情書辦理。",
            $"二、關係人姓名：曾雅雯，身分證統一編號：{people[1].Id}，出生日期：民國{people[1].RocYear}年{people[1].Month}月{people[1].Day}日，聯絡電話：{people[1].PrintedPhone}，已於115年3月5日到案說明。",
            $"三、車輛所有人姓名：周柏宏，身分證統一編號：{people[2].Id}，出生日期：民國{people[2].RocYear}年{people[2].Month}月{people[2].Day}日，聯絡電話：{people[2].PrintedPhone}。",
            $"四、檢舉人姓名：楊惠如，身分證統一編號：{people[3].Id}，出生日期：民國{people[3].RocYear}年{people[3].Month}月{people[3].Day}日，聯絡電話：{people[3].PrintedPhone}。",
            "正本：謝孟儒君", "副本：本局交通警察大隊",
        };
        foreach (var paragraph in paragraphs)
        {
            y = sheet.Paragraph(paragraph, 110, y, 27, 1130, 50);
        }

        return new Page("petition-reply.jpg", sheet.Degrade(1.6f, 22, 1.0f, 45, 0, 11), people);
    }

    /// <summary>A 戶役政 query screen at screen size, photographed lying on its side: turned 270°, blur, noise, JPEG 60.</summary>
    private static Page HouseholdScreenOnItsSide()
    {
        var people = People(311, ["許家豪", "葉建志", "蘇怡萱", "賴俊賢", "詹美華"]);
        using var sheet = new PrintedSheet(860, 400, SansFace, LatinSansFace);
        sheet.Fill(new SKRect(0, 0, 860, 40), new SKColor(0x2e, 0x5e, 0x3a));
        sheet.Text("戶役政資訊系統　個人資料查詢結果", 14, 28, 18, SKColors.White);
        sheet.Text("查詢人員：王小明　查詢時間：115/05/06 10:42　查詢事由：社會救助審核", 14, 68, 14);
        float[] columns = [14, 104, 244, 364, 514, 846];
        string[] header = ["姓名", "統一編號", "出生日期", "電話", "戶籍地址"];
        string[] towns = ["新竹市東區光復路二段101號", "苗栗縣竹南鎮民族街12號", "彰化縣員林市中山路8號", "嘉義市西區民權路66號", "屏東縣屏東市自由路420號"];
        var rows = people.Select((p, i) => new[] { p.Name, p.Id, $"{p.RocYear:000}/{p.Month:00}/{p.Day:00}", p.PrintedPhone, towns[i] });
        sheet.Table(columns, 88, 44, 15, [header, .. rows]);
        return new Page("household-screen-270.jpg", sheet.Degrade(0, 6, 0.5f, 60, 270, 13), people);
    }

    private static Person[] People(int seed, string[] names)
    {
        var random = new Random(seed);
        return names.Select(name => new Person(
            name,
            IdFactory.NationalId(random),
            new DateOnly(1945 + random.Next(60), 1 + random.Next(12), 1 + random.Next(28)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            $"09{random.Next(10, 90)}{random.Next(100000, 1000000)}")).ToArray();
    }
}
