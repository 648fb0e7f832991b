using DocScan.Core.Detection;
using DocScan.Core.Extraction;

namespace DocScan.Core.Tests.Detection;

public class DigitRunsTests
{
    [Theory]
    [InlineData("帳號：0001234-0123456", 10, 16, "-", true)]
    [InlineData("帳號：0001234-0123456", 10, 16, "", false)]
    [InlineData("電話：(02)2720-8889", 9, int.MaxValue, " -)", true)]
    [InlineData("電話：2720-8889", 9, int.MaxValue, " -)", false)]
    [InlineData("統一編號12345675", 8, 8, "", true)]
    [InlineData("統一編號123456789", 8, 8, "", false)]
    [InlineData("1234 5678 9012", 12, int.MaxValue, " -", true)]
    [InlineData("1234  5678 9012", 12, int.MaxValue, " -", false)]
    [InlineData("-1234-5678-", 8, 8, "-", true)]
    [InlineData("12--345678", 8, 8, "-", false)]
    [InlineData("民國113年5月20日", 4, 4, "", false)]
    [InlineData("", 1, 1, "", false)]
    [InlineData("123", 3, 3, "", true)]
    [InlineData("1-2-3-4-5-6", 6, 6, "-", true)]
    public void Finds_runs_of_digits_joined_by_single_separators(string text, int min, int max, string separators, bool expected) =>
        Assert.Equal(expected, Middle(text).HasNumber(1, new DigitRun(min, max, separators)));

    [Fact]
    public void Agrees_with_a_plain_reading_on_random_lines()
    {
        var random = new Random(20241126);
        const string alphabet = "0123456789-- ()號年月日A";
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var document = Middle(text);
            for (var question = 0; question < 3; question++)
            {
                // Asked several times of one line, as six detectors do.
                var (min, max) = (random.Next(1, 8), random.Next(1, 12));
                var separators = question == 0 ? "" : " -";
                Assert.Equal(PlainReading(text, min, max, separators), document.HasNumber(1, new DigitRun(min, max, separators)));
            }
        }
    }

    // The line between two others, so that their digits are in the document's text too.
    private static DocumentText Middle(string text) =>
        new([Line("0123"), Line(text), Line("4567")], new KeywordIndex([]), Support.Detect.Clock);

    private static TextSegment Line(string text) => new(text, SegmentSources.Body, "test");

    // Character by character: a separator joins two runs only between two digits.
    private static bool PlainReading(string text, int min, int max, string separators)
    {
        var digits = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                digits++;
            }
            else if (!(digits > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && separators.Contains(text[i])))
            {
                if (digits >= min && digits <= max)
                {
                    return true;
                }

                digits = 0;
            }
        }

        return digits >= min && digits <= max;
    }
}
