using DocScan.Core.Normalization;

namespace DocScan.Core.Tests.Normalization;

public class TextNormalizerTests
{
    [Fact]
    public void Full_width_letters_digits_and_spaces_become_half_width()
    {
        var normalized = TextNormalizer.Normalize("身分證：Ｆ１５２　６０１");
        Assert.Equal("身分證:F152 601", normalized.Text);
    }

    [Fact]
    public void Offsets_map_back_to_the_original_full_width_characters()
    {
        const string original = "說明：當事人Ｆ１５２６０１８１９，住址";
        var normalized = TextNormalizer.Normalize(original);
        var start = normalized.Text.IndexOf("F152601819", StringComparison.Ordinal);
        var (originalStart, originalLength) = normalized.ToOriginal(start, 10);
        Assert.Equal("Ｆ１５２６０１８１９", original.Substring(originalStart, originalLength));
    }

    [Fact]
    public void Every_normalized_character_maps_into_its_source_round_trip()
    {
        // Mixed widths, an expansion (㈱ → (株)), a surrogate pair and combining marks.
        const string original = "Ａ1ｂ２　㈱𠀋ｶﾞ e\u0301 ＃";
        var normalized = TextNormalizer.Normalize(original);
        for (var i = 0; i < normalized.Text.Length; i++)
        {
            var (start, length) = normalized.ToOriginal(i, 1);
            var source = original.Substring(start, length);
            Assert.Contains(normalized.Text[i], source.Normalize(System.Text.NormalizationForm.FormKC));
        }

        var (wholeStart, wholeLength) = normalized.ToOriginal(0, normalized.Text.Length);
        Assert.Equal((0, original.Length), (wholeStart, wholeLength));
    }

    [Fact]
    public void A_span_inside_an_expansion_maps_to_the_whole_source_character()
    {
        var normalized = TextNormalizer.Normalize("甲㈱乙");
        Assert.Equal("甲(株)乙", normalized.Text);
        Assert.Equal((1, 1), normalized.ToOriginal(2, 1));
    }

    [Fact]
    public void Official_punctuation_is_normalized_one_to_one()
    {
        const string original = "主旨：檢送「會議紀錄」１份，請　查照。〶";
        var normalized = TextNormalizer.Normalize(original);
        Assert.Equal(original.Normalize(System.Text.NormalizationForm.FormKC), normalized.Text);
        Assert.Equal((2, 1), normalized.ToOriginal(2, 1));
    }

    [Fact]
    public void Already_normalized_text_maps_to_itself()
    {
        const string original = "主旨:檢送會議紀錄1份,請查照。";
        var normalized = TextNormalizer.Normalize(original);
        Assert.Same(original, normalized.Text);
        Assert.Equal((3, 4), normalized.ToOriginal(3, 4));
    }
}
