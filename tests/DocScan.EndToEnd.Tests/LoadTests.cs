using System.Collections.Concurrent;
using DocScan.Cli.Serving;
using DocScan.Core.Policy;
using DocScan.Storage;
using DocScan.Tests.Shared;
using Xunit.Abstractions;

namespace DocScan.EndToEnd.Tests;

/// <summary>Many documents at once through <c>docscan serve</c>: a count of what comes out, not a timing.</summary>
public sealed class LoadTests(ITestOutputHelper output)
{
    private const int Documents = 300;

    private static readonly string[] Ids = ["F152601819", "H259083019", "A166131861", "E209139090", "T196030828", "R246281946", "K182199353", "B218190937"];

    [Fact]
    public async Task Three_hundred_mixed_documents_with_hostile_names_uploaded_at_once_give_exactly_one_report_each()
    {
        var engine = new FailingScanEngine();
        // The sweep runs as in production, as the safety net for blobs the trigger's polling would miss;
        // it only looks at blobs a minute old, so normally the trigger alone has done everything by then.
        await using var served = await ServedStorage.StartAsync(
            new ServeOptions { SweepInterval = TimeSpan.FromSeconds(15), SweepMinimumAge = TimeSpan.FromMinutes(1), MaxAttempts = 2 }, engine);
        var documents = Mix();
        Assert.Equal(Documents, documents.Count);

        var uploaded = new ConcurrentDictionary<string, Kind>();
        await Parallel.ForEachAsync(documents, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (document, _) =>
        {
            var (id, _) = await served.UploadExactAsync(document.Name, document.Content);
            Assert.True(uploaded.TryAdd(id, document.Kind));
        });
        await served.WaitForReportsAsync(uploaded.Keys.ToList(), output, TimeSpan.FromMinutes(8));
        // Anything delivered twice would show up now as an extra report or copy.
        await Task.Delay(TimeSpan.FromSeconds(3));

        var reports = await served.ReportIdsAsync();
        Assert.Equal(Documents, reports.Count);
        Assert.True(reports.SetEquals(uploaded.Keys), "every report belongs to an uploaded version, and every version has one");
        var routed = (await served.ListAsync(served.Containers.Released)).Select(n => (Container: "released", Name: n))
            .Concat((await served.ListAsync(served.Containers.Review)).Select(n => (Container: "review", Name: n)))
            .Concat((await served.ListAsync(served.Containers.Quarantine)).Select(n => (Container: "quarantine", Name: n)))
            .ToList();
        Assert.Equal(Documents, routed.Count);
        Assert.Equal(Documents, routed.Select(r => r.Name.Split('/')[^2]).Distinct().Count());
        Assert.DoesNotContain(await served.ListAsync(served.Containers.Reports), n => n.Contains(".attempts", StringComparison.Ordinal));

        var verdicts = new Dictionary<Kind, List<Verdict>>();
        foreach (var (id, kind) in uploaded)
        {
            var report = await served.ReportAsync(id);
            (verdicts.TryGetValue(kind, out var list) ? list : verdicts[kind] = []).Add(report!.Scan.Verdict);
            var container = routed.Single(r => r.Name.Split('/')[^2] == id).Container;
            Assert.Equal(new ContainerNames().For(report.Scan.Verdict), container);
            if (kind is Kind.Damaged or Kind.Unreadable or Kind.Truncated or Kind.AlwaysFails)
            {
                Assert.Contains(container, new[] { "review", "quarantine" });
                Assert.NotEmpty(report.Scan.Problems);
            }
        }

        Assert.All(verdicts[Kind.Letter], v => Assert.Equal(Verdict.Redact, v));
        Assert.All(verdicts[Kind.Notice], v => Assert.Equal(Verdict.Release, v));
        Assert.All(verdicts[Kind.AlwaysFails], v => Assert.Equal(Verdict.Block, v));
        // Two attempts each; a delivery racing the quarantine may start one more, never an endless loop.
        Assert.InRange(engine.Failures, 2 * verdicts[Kind.AlwaysFails].Count, 3 * verdicts[Kind.AlwaysFails].Count);
        // A national ID in a name is masked in every copy's name and log line; a land parcel (listed only) stays readable.
        Assert.All(routed.Select(r => r.Name).Concat(served.Logs.Lines), n => Assert.DoesNotContain(Ids, id => n.Contains(id, StringComparison.Ordinal)));
        Assert.Contains(routed, r => r.Name.Contains("/龍泉段0123地號/", StringComparison.Ordinal));
        output.WriteLine(string.Join(", ", verdicts.Select(v => $"{v.Key}: {v.Value.Count}")));
        output.WriteLine(string.Join("\n", served.Logs.Lines.Where(l => l.Contains("Sweep of outbound", StringComparison.Ordinal))));
    }

    private enum Kind
    {
        Letter,
        Notice,
        Damaged,
        Truncated,
        Unreadable,
        AlwaysFails,
    }

    private sealed record Upload(string Name, byte[] Content, Kind Kind);

    private static List<Upload> Mix()
    {
        var damaged = TestDocuments.Damaged();
        var truncated = TestDocuments.Sample("截斷的報告.pdf");
        var random = new Random(20241126);
        var documents = new List<Upload>();
        // Two names that differ only in Unicode normalisation (NFC é, NFD e + U+0301) are two blobs, two reports.
        documents.Add(new Upload("機關0/公告-caf\u00e9.txt", TestDocuments.Notice(Documents), Kind.Notice));
        documents.Add(new Upload("機關0/公告-cafe\u0301.txt", TestDocuments.Notice(Documents + 1), Kind.Notice));
        for (var i = documents.Count; i < Documents; i++)
        {
            var folder = $"機關{i % 7}/{(i % 3 == 0 ? "急件/" : "")}{HostileFolder(i)}";
            documents.Add((i % 10) switch
            {
                0 => new Upload($"{folder}陳情人{Ids[i % Ids.Length]}-復函-{i}.txt", TestDocuments.LetterWithId(Ids[i % Ids.Length], i), Kind.Letter),
                1 or 2 => new Upload($"{folder}復函-{i}.txt", TestDocuments.LetterWithId(Ids[i % Ids.Length], i), Kind.Letter),
                3 or 4 or 5 => new Upload($"{folder}公告-{i}.txt", TestDocuments.Notice(i), Kind.Notice),
                6 => new Upload($"{folder}損毀-{i}.docx", damaged, Kind.Damaged),
                7 => new Upload($"{folder}截斷-{i}.pdf", truncated, Kind.Truncated),
                8 => new Upload($"{folder}資料-{i}.bin", Bytes(random, 2048), Kind.Unreadable),
                _ => i % 30 == 9
                    ? new Upload($"{folder}{FailingScanEngine.Marker}-{i}.txt", TestDocuments.Notice(i), Kind.AlwaysFails)
                    : new Upload($"{folder}公告-{i}.txt", TestDocuments.Notice(i), Kind.Notice),
            });
        }

        return documents;
    }

    /// <summary>Names other clients store as given and this SDK would change (dot segments, backslashes, NFD, long, deep), and a land parcel.</summary>
    private static string HostileFolder(int i) => (i % 11) switch
    {
        0 => "壞檔/../",
        1 => "./",
        2 => "反斜線\\",
        3 => "結尾點./",
        4 => "cafe\u0301/",
        5 => string.Concat(Enumerable.Repeat("很長的資料夾名稱/", 40)),
        6 => "收文/..//",
        7 => "地政/龍泉段0123地號/",
        _ => "",
    };

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
