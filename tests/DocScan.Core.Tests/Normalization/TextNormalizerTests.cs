using System.Globalization;
using System.Runtime.Intrinsics;
using System.Text;
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

    [Fact]
    public void Characters_the_fast_path_keeps_are_left_alone_by_NFKC_and_combine_with_nothing()
    {
        for (var c = '\0'; c < char.MaxValue; c++)
        {
            if (!TextNormalizer.IsKnownStable(c))
            {
                continue;
            }

            Assert.False(char.IsSurrogate(c));
            Assert.DoesNotContain(char.GetUnicodeCategory(c), new[] { UnicodeCategory.NonSpacingMark, UnicodeCategory.SpacingCombiningMark, UnicodeCategory.EnclosingMark });
            Assert.Equal(c.ToString(), c.ToString().Normalize(NormalizationForm.FormKC));
        }
    }

    [Fact]
    public void Characters_the_fast_path_narrows_are_what_NFKC_makes_of_them()
    {
        var narrowing = 0;
        for (var c = '\0'; c < char.MaxValue; c++)
        {
            if (TextNormalizer.NarrowsOneToOne(c))
            {
                narrowing++;
                var expected = c.ToString().Normalize(NormalizationForm.FormKC);
                Assert.Equal(expected, TextNormalizer.Normalize(c.ToString()).Text);
                Assert.Equal(expected, TextNormalizer.Normalize(new string(c, 19)).Text[7].ToString());
            }
        }

        Assert.Equal(0xFF5E - 0xFF01 + 2, narrowing);
    }

    [Fact]
    public void Eight_characters_at_a_time_are_classified_as_one_at_a_time()
    {
        for (var c = '\0'; c < char.MaxValue; c++)
        {
            var block = Vector128.Create((ushort)c);
            Assert.Equal(TextNormalizer.IsKnownStable(c), TextNormalizer.StableLanes(block) == Vector128<ushort>.AllBitsSet);
            Assert.Equal(TextNormalizer.NarrowsOneToOne(c), TextNormalizer.NarrowingLanes(block) == Vector128<ushort>.AllBitsSet);
        }
    }

    [Theory]
    // Long enough for blocks of eight; each odd character at the start, in the middle, across the
    // overlapping last block and at the end.
    [InlineData("㈱")]
    [InlineData("①")]
    [InlineData("한")]
    [InlineData("\u1100\u1161")]
    // Behind a full-width letter: a mark right after the unchanged start of a line is not composed with
    // its base (behaviour this test does not pin).
    [InlineData("Ａe\u0301")]
    [InlineData("\uD840\uDC0B")]
    [InlineData("ｶﾞ")]
    [InlineData("〶")]
    [InlineData("é")]
    public void Lines_mixing_the_fast_ranges_with_other_characters_normalize_and_map_back(string odd)
    {
        const string line = "主旨：檢送「會議紀錄」１份，請　查照。ID A123";
        for (var at = 0; at <= line.Length; at++)
        {
            var original = line.Insert(at, odd);
            var normalized = TextNormalizer.Normalize(original);
            Assert.Equal(original.Normalize(NormalizationForm.FormKC), normalized.Text);
            Assert.Equal((0, original.Length), normalized.ToOriginal(0, normalized.Text.Length));
            for (var i = 0; i < normalized.Text.Length; i++)
            {
                var (start, length) = normalized.ToOriginal(i, 1);
                Assert.Contains(normalized.Text[i], original.Substring(start, length).Normalize(NormalizationForm.FormKC));
            }
        }
    }

    [Theory]
    [InlineData("甲")]
    [InlineData("主旨:檢送會議紀錄1份")]
    [InlineData("主旨：檢送會議紀錄１份")]
    [InlineData("１２３４５６７８")]
    [InlineData("　　　　　　　　　")]
    [InlineData("ab　ＣＤ")]
    public void Lines_of_every_length_narrow_in_place(string line)
    {
        for (var length = 0; length <= line.Length; length++)
        {
            var original = line[..length];
            var normalized = TextNormalizer.Normalize(original);
            Assert.Equal(original.Normalize(NormalizationForm.FormKC), normalized.Text);
            for (var i = 0; i < length; i++)
            {
                Assert.Equal((i, 1), normalized.ToOriginal(i, 1));
            }
        }
    }

    [Theory]
    [InlineData("中e\u0301文", "中é文")]
    [InlineData("ab\u0307", "aḃ")]
    [InlineData("e\u0301", "é")]
    [InlineData("王小明Ａ\u0308", "王小明Ä")]
    public void A_combining_mark_after_the_unchanged_opening_composes_with_its_base_and_maps_back(string original, string expected)
    {
        var normalized = TextNormalizer.Normalize(original);

        Assert.Equal(expected, normalized.Text);
        Assert.Equal(original.Normalize(NormalizationForm.FormKC), normalized.Text);
        var composed = normalized.Text.IndexOfAny(['é', 'ḃ', 'Ä']);
        var source = original.IndexOfAny(['e', 'b', 'Ａ']);
        Assert.Equal((source, 2), normalized.ToOriginal(composed, 1));
        Assert.Equal((0, original.Length), normalized.ToOriginal(0, normalized.Text.Length));
    }
}
