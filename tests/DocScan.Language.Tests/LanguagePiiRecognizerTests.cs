using System.Net;
using System.Text;
using Azure;
using DocScan.Core.Detection;
using DocScan.Core.Detection.Recognition;
using DocScan.Core.Extraction;
using DocScan.Language.Recognition;
using DocScan.Language.Tests.Support;
using DocScan.Language.TextAnalytics;

namespace DocScan.Language.Tests;

public class LanguagePiiRecognizerTests
{
    private static TextSegment Body(string text) => new(text, SegmentSources.Body, "word/document.xml");

    [Fact]
    public async Task Entities_land_on_the_original_characters_through_surrogate_pairs_full_width_and_expanding_normalization()
    {
        await using var service = await FakeLanguageService.StartAsync();
        service.Known["陳建宏"] = ("Person", 0.93);
        service.Known["F152601819"] = ("TWNationalID", 0.99);
        service.Known["wang.ming@example.com"] = ("Email", 0.8);
        var segments = new[]
        {
            Body("主旨：𠀀𠀁測試㈱𝐀𝐁ﾃﾞｰﾀ①，經查陳建宏昨日到場。"),
            Body("身分證號碼Ｆ１５２６０１８１９，信箱ｗａｎｇ．ｍｉｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ。"),
            Body("𩸽陳建宏"),
        };

        var result = await TestClients.Recognizer(service).RecognizeAsync(segments, CancellationToken.None);

        Assert.Empty(result.Problems);
        Assert.Empty(service.Violations);
        var found = result.Entities.Select(e => (e.FindingType, e.Segment.Text.Substring(e.Start, e.Length), e.Segment)).ToList();
        Assert.Equal(
        [
            (FindingTypes.PersonName, "陳建宏", segments[0]),
            (FindingTypes.PersonName, "陳建宏", segments[2]),
            (FindingTypes.NationalId, "Ｆ１５２６０１８１９", segments[1]),
            (FindingTypes.Email, "ｗａｎｇ．ｍｉｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ", segments[1]),
        ], found.OrderBy(f => f.FindingType == FindingTypes.PersonName ? 0 : 1).ThenBy(f => f.Item2, StringComparer.Ordinal));
        Assert.Equal(0.93, result.Entities.First(e => e.FindingType == FindingTypes.PersonName).Confidence);
    }

    [Fact]
    public async Task A_long_document_goes_in_several_requests_within_the_limits_and_every_name_maps_back()
    {
        await using var service = await FakeLanguageService.StartAsync();
        service.Known["陳建宏"] = ("Person", 0.9);
        var text = new StringBuilder();
        var expected = new List<int>();
        for (var i = 0; i < 3_000; i++)
        {
            if (i % 37 == 0)
            {
                expected.Add(text.Length + "經查".Length);
                text.Append("經查陳建宏已到場說明。");
            }
            else
            {
                // Characters that change length under NFKC keep original and sent offsets apart.
                text.Append(i % 3 == 0 ? "本案𝐀㈱依規定辦理完竣。" : "本局於本月十日會勘。");
            }
        }

        var segment = Body(text.ToString());
        var result = await TestClients.Recognizer(service).RecognizeAsync([Body("附件一"), segment], CancellationToken.None);

        Assert.Empty(service.Violations);
        Assert.True(service.Requests.Count >= 2, $"{service.Requests.Count} requests");
        Assert.True(service.SentDocuments.Count > FakeLanguageService.MaxDocuments);
        Assert.Empty(result.Problems);
        Assert.Equal(expected, result.Entities.Where(e => ReferenceEquals(e.Segment, segment)).Select(e => e.Start).Order());
        Assert.All(result.Entities, e => Assert.Equal("陳建宏", e.Segment.Text.Substring(e.Start, e.Length)));
    }

    [Fact]
    public async Task A_document_the_service_could_not_analyse_is_a_problem_and_the_rest_still_counts()
    {
        await using var service = await FakeLanguageService.StartAsync();
        service.Known["陳建宏"] = ("Person", 0.9);
        service.FailDocumentsContaining = "\u0000壞";
        var bad = Body("\u0000壞" + new string('案', 5_200));
        var good = Body("經查陳建宏已到場。");

        var result = await TestClients.Recognizer(service).RecognizeAsync([bad, good], CancellationToken.None);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.RecognizerIncomplete, problem.Code);
        Assert.Contains("InvalidDocument", problem.Message);
        Assert.Single(result.Entities, e => ReferenceEquals(e.Segment, good));
    }

    [Fact]
    public async Task Offsets_that_miss_the_entity_text_are_refused_as_a_problem()
    {
        await using var service = await FakeLanguageService.StartAsync();
        service.Known["陳建宏"] = ("Person", 0.9);
        service.OffsetShift = 1;

        var result = await TestClients.Recognizer(service).RecognizeAsync([Body("經查陳建宏已到場。")], CancellationToken.None);

        Assert.Empty(result.Entities);
        Assert.Equal(ProblemCodes.RecognizerIncomplete, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public async Task Warnings_and_categories_not_asked_for_change_nothing()
    {
        await using var service = await FakeLanguageService.StartAsync();
        service.ReplyOnceWithBody("""
            {"kind":"PiiEntityRecognitionResults","results":{"documents":[{"redactedText":"經查********已到場。","id":"1",
             "entities":[{"text":"臺北市政府環保局","category":"Organization","offset":2,"length":8,"confidenceScore":0.95}],
             "warnings":[{"code":"LongWordsInDocument","message":"The document contains very long words."}]}],
             "errors":[],"modelVersion":"2023-09-01"}}
            """);

        var result = await TestClients.Recognizer(service).RecognizeAsync([Body("經查臺北市政府環保局已到場。")], CancellationToken.None);

        Assert.Empty(result.Entities);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public async Task Text_longer_than_the_cap_is_not_sent_and_is_a_problem()
    {
        await using var service = await FakeLanguageService.StartAsync();
        var recognizer = TestClients.Recognizer(service, new LanguageRecognizerOptions { MaxDocumentsPerScan = 1 });

        var result = await recognizer.RecognizeAsync([Body(new string('案', 6_000))], CancellationToken.None);

        Assert.Empty(service.Requests);
        Assert.Equal(ProblemCodes.RecognizerIncomplete, Assert.Single(result.Problems).Code);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, "HTTP 503")]
    [InlineData(HttpStatusCode.TooManyRequests, "HTTP 429")]
    [InlineData(HttpStatusCode.Unauthorized, "HTTP 401")]
    public async Task An_outage_throws_a_recognizer_exception_a_clerk_can_read(HttpStatusCode status, string expected)
    {
        await using var service = await FakeLanguageService.StartAsync();
        service.AlwaysStatus = status;

        var error = await Assert.ThrowsAsync<RecognizerException>(() =>
            TestClients.Recognizer(service).RecognizeAsync([Body("經查陳建宏已到場。")], CancellationToken.None));

        Assert.Contains(expected, error.Message);
        Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), error.Detail);
        Assert.DoesNotContain("陳建宏", error.Message + error.Detail);
    }

    [Fact]
    public async Task A_service_nobody_answers_at_throws_a_recognizer_exception()
    {
        Uri endpoint;
        await using (var gone = await FakeLanguageService.StartAsync())
        {
            endpoint = gone.Endpoint;
        }

        var client = new TextAnalyticsClient(endpoint, new AzureKeyCredential(TestClients.Key), TestClients.FastOptions());
        var error = await Assert.ThrowsAsync<RecognizerException>(() =>
            new LanguagePiiRecognizer(client).RecognizeAsync([Body("經查陳建宏已到場。")], CancellationToken.None));

        Assert.Contains("無法連線", error.Message);
    }

    [Fact]
    public async Task The_caller_cancelling_is_not_turned_into_an_outage()
    {
        await using var service = await FakeLanguageService.StartAsync();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            TestClients.Recognizer(service).RecognizeAsync([Body("經查陳建宏已到場。")], cancelled.Token));
    }

    [Fact]
    public void It_says_that_text_leaves_the_machine()
    {
        IAsyncDocumentRecognizer recognizer = new LanguagePiiRecognizer(new TextAnalyticsClient(new Uri("https://example.cognitiveservices.azure.com/"), new AzureKeyCredential("k")));

        Assert.True(recognizer.SendsTextOffMachine);
        Assert.Equal("azure-language-pii", recognizer.Id);
    }
}
