using DocScan.Core.Detection;
using DocScan.Core.Extraction;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

/// <summary>The one keyword pass per document: every declared word, at its offsets, as an ordinary search would find it.</summary>
public class KeywordIndexTests
{
    private static readonly Keywords Labels = ["代理人", "法定代理人", "姓名", "委員", "委員姓名", "通緝"];
    private static readonly Keywords Phone = ["電話", "TEL", "健保IC卡", "date of birth"];
    private static readonly Keywords Codes = Keywords.Exact(["ICD", "病歷"]);

    private static DocumentText Document(params string[] lines) =>
        new([.. lines.Select(l => new TextSegment(l, SegmentSources.Body, "x"))], new KeywordIndex([Labels, Phone, Codes]), Detect.Clock);

    [Theory]
    [InlineData("法定代理人：翁秀琴", 0, 0, "法定代理人")] // the longest of two ending together
    [InlineData("委員姓名：李大華", 0, 0, "委員姓名")] // the longest of two starting together
    [InlineData("本案委員姓名", 1, 2, "委員姓名")]
    [InlineData("通緝", 0, 0, "通緝")] // at both edges of the text
    [InlineData("代理人及法定代理人", 1, 4, "法定代理人")]
    public void Finds_the_leftmost_longest_word(string text, int from, int start, string word) =>
        Assert.Equal((start, word), Document(text).Input(0).FirstWord(Labels, from));

    [Theory]
    [InlineData("主旨：檢送會議紀錄，請查照。")]
    [InlineData("理人員")] // a fragment of a word, not the word
    [InlineData("")]
    public void Finds_nothing_in_text_without_the_words(string text)
    {
        Assert.Null(Document(text).Input(0).FirstWord(Labels, 0));
        Assert.False(Document(text).Input(0).Has(Labels));
    }

    [Fact]
    public void Reports_every_hit_at_its_offsets_in_the_document_text()
    {
        var document = Document("姓名：王小明", "聯絡電話 tel：02", "委員姓名");
        var index = new KeywordIndex([Labels, Phone]);
        var text = document.Text.ToString();

        using var found = index.Find(text);
        var hits = found.All.ToArray().Select(h => (h.Start, text[h.Start..h.End])).ToHashSet();

        Assert.Equal(
            [(0, "姓名"), (9, "電話"), (12, "tel"), (19, "委員"), (21, "姓名"), (19, "委員姓名")],
            hits);
    }

    [Fact]
    public void Words_never_reach_across_segments()
    {
        var document = Document("法定代", "理人");
        Assert.False(document.Input(0).Has(Labels));
        Assert.False(document.Input(1).Has(Labels));
    }

    [Fact]
    public void Ignores_case_unless_a_list_asks_for_the_exact_spelling()
    {
        var document = Document("Tel 02", "Date Of Birth", "icd-10 病歷", "ICD-10");
        Assert.True(document.Input(0).Has(Phone));
        Assert.True(document.Input(1).Has(Phone));
        Assert.Equal((7, "病歷"), document.Input(2).FirstWord(Codes, 0));
        Assert.Equal((0, "ICD"), document.Input(3).FirstWord(Codes, 0));
    }

    [Fact]
    public void Agrees_with_an_ordinal_ignore_case_search_on_random_text()
    {
        var random = new Random(20250601);
        const string alphabet = "代理人法定姓名委員通緝電話TELtelıİKk健保IC卡 \n";
        Keywords[] lists = [Labels, Phone];
        var index = new KeywordIndex(lists);
        for (var n = 0; n < 2_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var expected = lists.SelectMany(l => l).Distinct()
                .SelectMany(word => Enumerable.Range(0, Math.Max(0, text.Length - word.Length + 1))
                    .Where(i => text.AsSpan(i, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
                    .Select(i => (i, i + word.Length)))
                .ToHashSet();

            using var found = index.Find(text);
            Assert.Equal(expected, found.All.ToArray().Select(h => (h.Start, h.End)).ToHashSet());
        }
    }
}
