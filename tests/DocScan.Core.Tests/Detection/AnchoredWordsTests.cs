using DocScan.Core.Detection.Taiwan;

namespace DocScan.Core.Tests.Detection;

public class AnchoredWordsTests
{
    private readonly AnchoredWords _words = new(["代理人", "法定代理人", "姓名", "委員", "委員姓名", "通緝"]);

    [Theory]
    [InlineData("法定代理人：翁秀琴", 0, 0, "法定代理人")] // the longest of two ending together
    [InlineData("委員姓名：李大華", 0, 0, "委員姓名")] // the longest of two starting together
    [InlineData("本案委員姓名", 1, 2, "委員姓名")]
    [InlineData("通緝", 0, 0, "通緝")] // at both edges of the text
    [InlineData("代理人及法定代理人", 1, 4, "法定代理人")]
    public void Finds_the_leftmost_longest_word(string text, int from, int start, string word) =>
        Assert.Equal((start, word), _words.FindFirst(text, from));

    [Theory]
    [InlineData("主旨：檢送會議紀錄，請查照。")]
    [InlineData("理人員")] // a fragment of a word, not the word
    [InlineData("")]
    public void Finds_nothing_in_text_without_the_words(string text)
    {
        Assert.Null(_words.FindFirst(text, 0));
        Assert.False(_words.OccursIn(text));
    }

    [Fact]
    public void Finds_every_occurrence_in_order()
    {
        const string text = "姓名：王小明、姓名：李大華；委員：陳美惠";
        var found = new List<(int, string)>();
        for (var from = 0; _words.FindFirst(text, from) is (int start, string word); from = start + word.Length)
        {
            found.Add((start, word));
        }

        Assert.Equal([(0, "姓名"), (7, "姓名"), (14, "委員")], found);
        Assert.True(_words.OccursIn(text));
    }
}
