using System.Text;
using DocScan.Core.Detection;
using DocScan.Core.Extraction;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

/// <summary>
/// Detection state belongs to one document: nothing is reused from one document to the next or shared
/// between threads, and the date a birth date's age is reckoned from is the scan's clock.
/// </summary>
public class DocumentScopeTests
{
    private static readonly string[][] Letters =
    [
        ["受文者：王大明君", "申請人：陳建宏（身分證統一編號：A166131861）", "出生日期：民國80年1月1日", "地址：臺北市信義區市府路1號5樓"],
        ["電話：(02)2720-8889 分機 123，手機 0912-345-678", "電子信箱：chen.jianhong@example.com.tw", "郵局帳號：0001234-0123456"],
        ["評選委員：林志明、陳美玲", "該員有竊盜前科，經診斷為第二型糖尿病", "密等及解密條件或保密期限：機密"],
        ["主旨：檢送會議紀錄", "說明：請查照", "大安段一小段0123-0000地號、01234-000建號"],
    ];

    [Fact]
    public void Documents_scanned_at_once_on_many_threads_find_what_they_find_one_by_one()
    {
        var detector = FindingDetector.Create(ScanRules.Default, TimeProvider.System);
        var documents = Enumerable.Range(0, 64)
            .Select(n => SegmentDetect.Document([.. Letters[n % Letters.Length].Select((line, i) => new TextSegment(line, SegmentSources.Body, $"d{n}/L{i}"))]))
            .ToArray();
        var serial = documents.Select(d => Describe(detector.Detect(d, CancellationToken.None))).ToArray();

        var concurrent = new string[documents.Length];
        Parallel.For(0, documents.Length * 8, new ParallelOptions { MaxDegreeOfParallelism = 16 }, n =>
        {
            var found = Describe(detector.Detect(documents[n % documents.Length], CancellationToken.None));
            Assert.Equal(serial[n % documents.Length], found);
            concurrent[n % documents.Length] = found;
        });

        Assert.Equal(serial, concurrent);
        Assert.All(serial, s => Assert.NotEmpty(s));
    }

    [Fact]
    public void A_later_document_reads_none_of_an_earlier_ones_text()
    {
        var earlier = new DocumentText(SegmentDetect.Lines("身分證統一編號：Ａ１２３４５６７８９\n住址：臺北市大安區和平東路二段１０６號"), new KeywordIndex([]), Detect.Clock);
        var later = new DocumentText(SegmentDetect.Lines("主旨：檢送會議紀錄１份\n說明：請查照"), new KeywordIndex([]), Detect.Clock);

        Assert.Equal("主旨:檢送會議紀錄1份", later.TextOf(0));
        Assert.Equal("主旨:檢送會議紀錄1份", later.Before(1, DetectionInput.DefaultWindow).ToString());
        Assert.Equal("主旨：檢送會議紀錄１份", later.Segment(0).Text);
        Assert.Equal((3, 8), later.ToOriginal(0, 3, 8));
        Assert.Equal("身分證統一編號:A123456789", earlier.TextOf(0));
    }

    [Fact]
    public void A_documents_text_cannot_be_read_once_its_scan_has_ended()
    {
        Keywords phone = ["電話"];
        var document = new DocumentText(SegmentDetect.Lines("電話：02-2720-8889\n主旨：檢送會議紀錄"), new KeywordIndex([phone]), Detect.Clock);
        Assert.True(document.Input(0).Has(phone));

        document.Dispose();

        Assert.Throws<ObjectDisposedException>(() => document.Text.Length);
        Assert.Throws<ObjectDisposedException>(() => document.Before(1, DetectionInput.DefaultWindow).Length);
        Assert.Throws<ObjectDisposedException>(() => document.Input(0).Has(phone));
    }

    [Fact]
    public void The_injected_clock_decides_whether_a_birth_date_lies_in_the_future()
    {
        var segments = SegmentDetect.Lines("出生日期：2030-05-01");

        Assert.Empty(At(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)).Detect(SegmentDetect.Document(segments), CancellationToken.None));
        var born = Assert.Single(At(new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero)).Detect(SegmentDetect.Document(segments), CancellationToken.None));
        Assert.Equal("2030-05-01", born.Value);
    }

    [Fact]
    public void The_injected_clock_decides_whether_someone_could_still_be_alive()
    {
        var segments = SegmentDetect.Lines("出生日期：1905-05-01");

        Assert.Single(At(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)).Detect(SegmentDetect.Document(segments), CancellationToken.None));
        Assert.Empty(At(new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero)).Detect(SegmentDetect.Document(segments), CancellationToken.None));
    }

    [Fact]
    public async Task The_scanner_reads_dates_from_its_options_clock()
    {
        var letter = Encoding.UTF8.GetBytes("出生日期：2030-05-01\n");
        var before = await new DocumentScanner(new ScanOptions { Clock = new FixedClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)) }).ScanAsync(letter, "a.txt");
        var after = await new DocumentScanner(new ScanOptions { Clock = new FixedClock(new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero)) }).ScanAsync(letter, "a.txt");

        Assert.DoesNotContain(before.Findings, f => f.Type == FindingTypes.BirthDate);
        Assert.Contains(after.Findings, f => f.Type == FindingTypes.BirthDate);
    }

    private static FindingDetector At(DateTimeOffset now) => new(new DetectorSet([new DocScan.Core.Detection.Taiwan.BirthDateDetector()], []), ScanRules.Default, new FixedClock(now));

    private static string Describe(IReadOnlyList<Finding> findings) =>
        string.Join("\n", findings.Select(f => $"{f.Type}|{f.Segment.Path}|{f.Start}|{f.Length}|{f.Value}|{f.Masked}|{f.Confidence}"));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
