using System.Text;
using DocScan.Core.Detection;
using DocScan.Core.Extraction;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

/// <summary>
/// FindingDetector skips a detector on segments that lack what the detector declares it needs; these
/// tests hold every detector to its declaration, and the skipping and the shared context to the
/// results the detectors would give without them.
/// </summary>
public class DetectorRequirementsTests
{
    // Lines in the shapes every detector looks for, beside the sample documents.
    private static readonly string[] Letter =
    [
        "受文者：王大明君",
        "申請人：陳建宏（身分證統一編號：A166131861）",
        "居留證統一證號：A878657972，舊式 AC76018957",
        "遮蔽後：F1526*****",
        "出生日期：民國80年1月1日",
        "地址：臺北市信義區市府路1號5樓",
        "電話：(02)2720-8889 分機 123，手機 0912-345-678",
        "電子信箱：chen.jianhong@example.com.tw",
        "護照號碼：312345678",
        "郵局帳號：0001234-0123456",
        "信用卡卡號 4111 1111 1111 1111",
        "健保卡號 0000 1234 5678",
        "車號 ABC-1234",
        "立約商：大華科技股份有限公司（統一編號：62527601）",
        "大安段一小段0123-0000地號、01234-000建號",
        "該員有竊盜前科，經診斷為第二型糖尿病，領有身心障礙證明",
        "密等及解密條件或保密期限：機密",
        "評選委員：林志明、陳美玲",
    ];

    [Fact]
    public async Task No_detector_finds_anything_where_its_requirements_are_not_met()
    {
        var documents = new List<IReadOnlyList<TextSegment>>
        {
            Letter.Select(line => new TextSegment(line, SegmentSources.Body, "word/document.xml")).ToArray(),
            SegmentDetect.Table("t1", ["姓名", "病名", "地號", "出生年月日"], ["吳志豪", "重度憂鬱症", "0123-0000", "80.01.01"]),
        };
        var extractor = DocumentExtractor.CreateDefault();
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Combine("sample-docs")))
        {
            var result = await extractor.ExtractAsync(await File.ReadAllBytesAsync(file), Path.GetFileName(file), ScanLimits.Default, CancellationToken.None);
            documents.Add(result.Segments);
        }

        // With and without a roster: the evaluator-name detector requires less when it has one.
        IDetector[] detectors =
        [
            .. DetectorRegistry.Create(ScanRules.Default).TextDetectors,
            .. DetectorRegistry.Create(ScanRules.Default with { Evaluators = ["林志明"] }).TextDetectors,
        ];

        var matched = new HashSet<string>();
        foreach (var segments in documents)
        {
            foreach (var detector in detectors)
            {
                var document = new DocumentText(segments, new KeywordIndex(FindingDetector.WordsOf(detector)), Detect.Clock);
                foreach (var (i, _) in Detect.In(detector, segments))
                {
                    matched.Add(detector.Id);
                    Assert.True(Meets(document, i, detector.Requirements),
                        $"{detector.Id} matches in \"{document.TextOf(i)}\", which its requirements rule out");
                }
            }
        }

        // Every detector that declares requirements was held to them on text it matches.
        Assert.Superset(detectors.Where(d => d.Requirements != DetectorRequirements.None).Select(d => d.Id).ToHashSet(), matched);
    }

    [Fact]
    public void A_detector_sees_only_segments_that_meet_its_requirements()
    {
        var needsAt = new RecordingDetector(new DetectorRequirements(At));
        var needsNothing = new RecordingDetector(DetectorRequirements.None);
        var needsDigits = new RecordingDetector(new DetectorRequirements(Number: new(4)));
        var segments = SegmentDetect.Lines("無\nchen@example.tw\n電話 02-2720-8889");

        new FindingDetector(new DetectorSet([needsAt, needsNothing, needsDigits], []), ScanRules.Default, TimeProvider.System)
            .Detect(SegmentDetect.Document(segments), CancellationToken.None);

        Assert.Equal(["chen@example.tw"], needsAt.Seen);
        Assert.Equal(["無", "chen@example.tw", "電話 02-2720-8889"], needsNothing.Seen);
        Assert.Equal(["電話 02-2720-8889"], needsDigits.Seen);
    }

    [Fact]
    public void A_detector_that_needs_a_context_word_sees_only_documents_that_hold_one()
    {
        Keywords passport = ["護照"];
        var needsPassport = new RecordingDetector(new DetectorRequirements(Number: new(6), WordInDocument: passport));
        var detector = new FindingDetector(new DetectorSet([needsPassport], []), ScanRules.Default, TimeProvider.System);

        detector.Detect(SegmentDetect.Document(SegmentDetect.Lines("主旨：檢送出國人員名冊\n王大明 312345678")), CancellationToken.None);
        detector.Detect(SegmentDetect.Document(SegmentDetect.Table("t1", ["姓名", "護照號碼"], ["王大明", "312345678"])), CancellationToken.None);

        // The word may stand in another segment, a column header included; a document without it is skipped.
        Assert.Equal(["312345678"], needsPassport.Seen);
    }

    [Fact]
    public void A_segment_counts_its_own_digits_and_numbers()
    {
        var document = new DocumentText(SegmentDetect.Lines("12\n電話０２-2720 8889號Ext\n345"), new KeywordIndex([]), Detect.Clock);

        Assert.Equal([2, 10, 3], Enumerable.Range(0, 3).Select(document.DigitCount));
        Assert.True(document.HasNumber(1, new DigitRun(10, Separators: " -")));
        Assert.False(document.HasNumber(1, new DigitRun(5)));
        Assert.False(document.HasNumber(0, new DigitRun(3)));
    }

    [Fact]
    public void Neighbouring_text_is_the_joined_text_of_the_same_flow()
    {
        var random = new Random(20240520);
        var segments = new List<TextSegment>();
        for (var i = 0; i < 300; i++)
        {
            var length = random.Next(4) == 0 ? random.Next(250, 400) : random.Next(0, 40);
            var text = new string(Enumerable.Range(0, length).Select(_ => (char)('一' + random.Next(50))).ToArray());
            segments.Add(new TextSegment(text, random.Next(8) == 0 ? SegmentSources.Footer : SegmentSources.Body, "x", Page: random.Next(6) == 0 ? 2 : 1));
        }

        var document = new DocumentText(segments, new KeywordIndex([]), Detect.Clock);
        for (var i = 0; i < segments.Count; i++)
        {
            var input = document.Input(i);
            Assert.Equal(JoinedBefore(segments, i), input.BeforeSpan.ToString());
            var (from, to) = document.AfterRange(i, DetectionInput.DefaultWindow);
            Assert.Equal(JoinedAfter(segments, i), document.Text[from..to].ToString());
        }
    }

    // What Before and After are, written the plain way: the segments of the same source and page
    // next to this one, joined by line breaks, cut to the window.
    private static string JoinedBefore(IReadOnlyList<TextSegment> segments, int index)
    {
        var parts = new List<string>();
        var length = 0;
        for (var i = index - 1; i >= 0 && length < DetectionInput.DefaultWindow && SameFlow(segments, i, index); i--)
        {
            parts.Add(segments[i].Text);
            length += segments[i].Text.Length + 1;
        }

        parts.Reverse();
        var joined = string.Join('\n', parts);
        return joined.Length > DetectionInput.DefaultWindow ? joined[^DetectionInput.DefaultWindow..] : joined;
    }

    private static string JoinedAfter(IReadOnlyList<TextSegment> segments, int index)
    {
        var builder = new StringBuilder();
        for (var i = index + 1; i < segments.Count && builder.Length < DetectionInput.DefaultWindow && SameFlow(segments, i, index); i++)
        {
            builder.Append(segments[i].Text).Append('\n');
        }

        return builder.Length > DetectionInput.DefaultWindow ? builder.ToString(0, DetectionInput.DefaultWindow) : builder.ToString();
    }

    private static bool SameFlow(IReadOnlyList<TextSegment> segments, int a, int b) =>
        segments[a].Source == segments[b].Source && segments[a].Page == segments[b].Page;

    private static readonly Keywords At = ["@"];

    private static bool Meets(DocumentText document, int index, DetectorRequirements requirements)
    {
        return document.DigitCount(index) >= requirements.MinDigits
            && (requirements.Number is not { } number || document.HasNumber(index, number))
            && (requirements.AnyWord is not { } words || document.InSegment(document.Words(words), index)
                || (requirements.OrTableCell && document.Segment(index).Cell is not null))
            && (requirements.WordInDocument is not { } context || Enumerable.Range(0, document.Count).Any(i => document.InSegment(document.Words(context), i)));
    }

    private sealed class RecordingDetector(DetectorRequirements requirements) : IDetector
    {
        public List<string> Seen { get; } = [];

        public string Id => "recording";

        public string FindingType => "recording";

        public DetectorRequirements Requirements => requirements;

        public void Detect(DetectionInput input, List<DetectorMatch> found) => Seen.Add(input.Text);
    }
}
