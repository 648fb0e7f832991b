namespace DocScan.Web.Tests;

/// <summary>
/// The page's date reader (wwwroot/dates.js), run in the browser that runs the page: every form a clerk may type,
/// and what is no date at all.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class DateParsingTests(SiteFixture site)
{
    private static readonly (string Typed, string? Date)[] Cases =
    [
        // 民國 (ROC) years: Gregorian − 1911.
        ("115/12/06", "2026-12-06"),
        ("115/12/6", "2026-12-06"),
        ("115/1/1", "2026-01-01"),
        ("1151206", "2026-12-06"),
        ("115.12.06", "2026-12-06"),
        ("115-12-06", "2026-12-06"),
        ("115年12月6日", "2026-12-06"),
        ("民國115年12月6日", "2026-12-06"),
        ("99/12/31", "2010-12-31"),
        ("0991231", "2010-12-31"),
        ("113/02/29", "2024-02-29"),
        // 西元 (Gregorian) years.
        ("2026-12-06", "2026-12-06"),
        ("2026/12/6", "2026-12-06"),
        ("20261206", "2026-12-06"),
        // What a Chinese input method types, and stray spaces.
        ("１１５／１２／０６", "2026-12-06"),
        ("２０２６－１２－０６", "2026-12-06"),
        (" 115 / 12 / 06 ", "2026-12-06"),
        // No such day, or no date.
        ("115/02/29", null),
        ("115/13/01", null),
        ("115/00/10", null),
        ("115/12/32", null),
        ("0/12/06", null),
        ("1911-12-06", null),
        ("11512061", null),
        ("151206", null),
        ("12/06", null),
        ("115/12", null),
        ("2026-12-06T00:00", null),
        ("12/06/2026", null),
        ("mm/dd/yyyy", null),
        ("", null),
    ];

    [Fact]
    public async Task Roc_and_gregorian_dates_are_read_and_anything_else_is_refused()
    {
        await using var session = await site.NewSessionAsync();
        await session.Page.GotoAsync("/");
        var read = await session.Page.EvaluateAsync<string?[]>("""
            async (typed) => {
              const { parseDate } = await import(new URL('dates.js', document.baseURI).href);
              return typed.map(parseDate);
            }
            """, Cases.Select(c => c.Typed).ToArray());

        var wrong = Cases.Zip(read).Where(p => p.First.Date != p.Second)
            .Select(p => $"'{p.First.Typed}' read as {p.Second ?? "null"}, expected {p.First.Date ?? "null"}").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.True(session.Errors.Count == 0, string.Join("\n", session.Errors));
    }
}
