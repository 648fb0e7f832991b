using DocScan.Core.Extraction.OpenXml;

namespace DocScan.Core.Tests.Extraction;

public sealed class LooseXmlTests
{
    [Fact]
    public void Text_after_broken_markup_is_still_text()
    {
        var tokens = LooseXml.Tokens("<w:p><w:t>申請人</w:t><<\u0001 /><w:t>F152601819</w:t></w:p>").ToList();

        Assert.Equal(["申請人", "F152601819"], tokens.Where(t => t.Kind == LooseXmlTokenKind.Text).Select(t => t.Value));
    }

    [Fact]
    public void Tag_cut_off_by_another_is_dropped_and_the_next_tag_kept()
    {
        var tokens = LooseXml.Tokens("<c r=\"B3\" t=<c r=\"B4\" t=\"inlineStr\"><is><t>RDE-6093</t></is></c>").ToList();

        var cell = Assert.Single(tokens, t => t.Kind == LooseXmlTokenKind.Start && t.LocalName == "c");
        Assert.Equal(("B4", "inlineStr"), (cell.Attribute("r"), cell.Attribute("t")));
        Assert.Contains(tokens, t => t.Kind == LooseXmlTokenKind.Text && t.Value == "RDE-6093");
    }

    [Fact]
    public void Entities_and_character_data_are_decoded()
    {
        var tokens = LooseXml.Tokens("<t>王&amp;陳 &#x41;123</t><v><![CDATA[<F152601819>]]></v><!-- <t>註解</t> -->").ToList();

        Assert.Equal(["王&陳 A123", "<F152601819>"], tokens.Where(t => t.Kind == LooseXmlTokenKind.Text).Select(t => t.Value));
    }

    [Fact]
    public void Truncated_part_ends_with_the_text_before_the_cut()
    {
        var tokens = LooseXml.Tokens("<sst><si><t>BKR-7352</t></si><si><t>自用小").ToList();

        Assert.Equal(["BKR-7352", "自用小"], tokens.Where(t => t.Kind == LooseXmlTokenKind.Text).Select(t => t.Value));
        Assert.Equal(["BKR-7352", "自用小"], LooseSharedStrings.Read(tokens));
    }

    [Fact]
    public void Self_closing_and_end_tags_are_told_apart()
    {
        var kinds = LooseXml.Tokens("<w:r><w:tab/></w:r>").Select(t => (t.Kind, t.Name));

        Assert.Equal([(LooseXmlTokenKind.Start, "w:r"), (LooseXmlTokenKind.Empty, "w:tab"), (LooseXmlTokenKind.End, "w:r")], kinds);
    }
}
