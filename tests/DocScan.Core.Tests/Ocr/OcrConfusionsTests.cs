using DocScan.Core.Ocr;

namespace DocScan.Core.Tests.Ocr;

public class OcrConfusionsTests
{
    [Theory]
    [InlineData("35,08.22", "35.08.22")]          // a date's dot read as a comma
    [InlineData("77,05,21", "77.05.21")]
    [InlineData("0914-672~-144", "0914-672-144")]  // a dash read as a tilde beside it
    [InlineData("_B218190937", "B218190937")]      // a rule's remnant beside the cell's text
    [InlineData("張雅婷”", "張雅婷")]
    [InlineData("|", "")]                          // a rule read as a word
    [InlineData("」", "")]
    [InlineData("0201058695", "O201058695")]       // O read as 0: O201058695's check digit agrees
    [InlineData("0201058696", "0201058696")]       // no check digit agrees: left as read
    [InlineData("1150041234", "1150041234")]       // a 發文字號 is never turned into an ID
    [InlineData("1,000,000", "1,000,000")]         // an amount has no date's shape
    [InlineData("「國家機密」", "「國家機密」")]
    public void Repairs_only_what_ocr_misreads(string read, string repaired) =>
        Assert.Equal(repaired, OcrConfusions.Repair(read));

    [Fact]
    public void A_number_wrapped_onto_the_next_line_is_joined_whole_while_latin_words_keep_their_space()
    {
        OcrWord Word(string text, int left, int top) => new(text, new OcrBox(left, top, 20, 20), 90);
        IReadOnlyList<OcrWord>[] lines =
        [
            [Word("聯絡電話", 0, 0), Word(":0", 80, 0)],
            [Word("934-257-604", 0, 30), Word("Room", 200, 30)],
            [Word("B2", 0, 60)],
        ];

        var (text, spans) = OcrLayout.Join(lines, 1);

        Assert.Equal("聯絡電話:0934-257-604 Room B2", text);
        Assert.Equal(["聯絡電話", ":0", "934-257-604", "Room", "B2"], spans.Select(s => text.Substring(s.Start, s.Length)));
    }
}
