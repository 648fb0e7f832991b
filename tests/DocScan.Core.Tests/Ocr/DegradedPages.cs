using System.Runtime.InteropServices;
using DocScan.Core.Tests.Support;
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
        using var sheet = new Sheet(1654, 2339, MingFace);
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
        using var sheet = new Sheet(1240, 1754, SansFace, LatinSansFace);
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
        using var sheet = new Sheet(860, 400, SansFace, LatinSansFace);
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

    /// <summary>A white page to print on, then degraded as a scanner or a phone camera would.</summary>
    private sealed class Sheet : IDisposable
    {
        private readonly SKBitmap _bitmap;
        private readonly SKCanvas _canvas;
        private readonly SKTypeface _face;
        private readonly SKTypeface _latin;

        public Sheet(int width, int height, string fontFile, string? latinFontFile = null)
        {
            _bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
            _canvas = new SKCanvas(_bitmap);
            _canvas.Clear(SKColors.White);
            _face = Face(fontFile);
            _latin = latinFontFile is null ? _face : Face(latinFontFile);
        }

        /// <summary>Prints a line, Latin letters and digits in the Latin face.</summary>
        public void Text(string text, float x, float baseline, float size, SKColor? colour = null)
        {
            using var font = new SKFont(_face, size);
            using var latin = new SKFont(_latin, size);
            using var paint = new SKPaint { Color = colour ?? new SKColor(0x20, 0x20, 0x20), IsAntialias = true };
            foreach (var run in Runs(text))
            {
                var face = run[0] < 0x80 ? latin : font;
                _canvas.DrawText(run, x, baseline, SKTextAlign.Left, face, paint);
                x += face.MeasureText(run);
            }
        }

        public float Measure(string text, float size)
        {
            using var font = new SKFont(_face, size);
            using var latin = new SKFont(_latin, size);
            return Runs(text).Sum(run => (run[0] < 0x80 ? latin : font).MeasureText(run));
        }

        public void Fill(SKRect rect, SKColor colour)
        {
            using var paint = new SKPaint { Color = colour, Style = SKPaintStyle.Fill };
            _canvas.DrawRect(rect, paint);
        }

        /// <summary>Prints a paragraph wrapped at <paramref name="width"/>, continuation lines indented; returns the next line's baseline.</summary>
        public float Paragraph(string text, float x, float baseline, float size, float width, float leading)
        {
            var line = "";
            var indent = 0f;
            foreach (var c in text)
            {
                if (Measure(line + c, size) > width - indent)
                {
                    Text(line, x + indent, baseline, size);
                    baseline += leading;
                    (line, indent) = ("", size * 2);
                }

                line += c;
            }

            Text(line, x + indent, baseline, size);
            return baseline + leading;
        }

        /// <summary>Draws a ruled table (first row the header); returns the bottom edge.</summary>
        public float Table(float[] columns, float top, float rowHeight, float size, IEnumerable<string[]> rows)
        {
            using var rule = new SKPaint { Color = new SKColor(0x50, 0x50, 0x50), StrokeWidth = 2, Style = SKPaintStyle.Stroke };
            var y = top;
            foreach (var row in rows)
            {
                _canvas.DrawLine(columns[0], y, columns[^1], y, rule);
                for (var i = 0; i < row.Length; i++)
                {
                    Text(row[i], columns[i] + size * 0.4f, y + rowHeight / 2 + size * 0.4f, size);
                }

                y += rowHeight;
            }

            _canvas.DrawLine(columns[0], y, columns[^1], y, rule);
            foreach (var x in columns)
            {
                _canvas.DrawLine(x, top, x, y, rule);
            }

            return y;
        }

        /// <summary>The page turned by <paramref name="turn"/>° plus a skew, blurred, with grain, as JPEG.</summary>
        public byte[] Degrade(float skew, double noise, float blur, int quality, int turn, int seed)
        {
            var sideways = turn is 90 or 270;
            var (width, height) = sideways ? (_bitmap.Height, _bitmap.Width) : (_bitmap.Width, _bitmap.Height);
            using var scanned = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
            using (var canvas = new SKCanvas(scanned))
            using (var image = SKImage.FromBitmap(_bitmap))
            using (var soft = new SKPaint { ImageFilter = SKImageFilter.CreateBlur(blur, blur) })
            {
                canvas.Clear(new SKColor(0xf4, 0xf3, 0xef));
                canvas.Translate(width / 2f, height / 2f);
                canvas.RotateDegrees(turn + skew);
                canvas.Translate(-_bitmap.Width / 2f, -_bitmap.Height / 2f);
                canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear), soft);
            }

            AddGrain(scanned, noise, seed);
            using var encoded = SKImage.FromBitmap(scanned).Encode(SKEncodedImageFormat.Jpeg, quality);
            return encoded.ToArray();
        }

        public void Dispose()
        {
            if (_latin != _face)
            {
                _latin.Dispose();
            }

            _face.Dispose();
            _canvas.Dispose();
            _bitmap.Dispose();
        }

        private static SKTypeface Face(string file) =>
            SKTypeface.FromFile(file) ?? throw new FileNotFoundException("font missing (fonts-arphic-bsmi00lp, fonts-droid-fallback, fonts-dejavu-core)", file);

        // The text cut where it passes between ASCII and other characters.
        private static IEnumerable<string> Runs(string text)
        {
            var start = 0;
            for (var i = 1; i <= text.Length; i++)
            {
                if (i == text.Length || (text[i] < 0x80) != (text[start] < 0x80))
                {
                    yield return text[start..i];
                    start = i;
                }
            }
        }

        // Gaussian grain, the same on the three colour channels of a pixel.
        private static void AddGrain(SKBitmap bitmap, double sigma, int seed)
        {
            var random = new Random(seed);
            var pixels = new byte[bitmap.ByteCount];
            Marshal.Copy(bitmap.GetPixels(), pixels, 0, pixels.Length);
            for (var i = 0; i + 3 < pixels.Length; i += 4)
            {
                var delta = sigma * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                for (var channel = 0; channel < 3; channel++)
                {
                    pixels[i + channel] = (byte)Math.Clamp(pixels[i + channel] + delta, 0, 255);
                }
            }

            Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        }
    }
}
