using DocScan.Core.Extraction;

namespace DocScan.Core.Tests.Extraction.Legacy;

/// <summary>What the three legacy formats share: VBA storages, embedded objects, encryption markers, and compound files that are no Office document.</summary>
public class LegacyOfficeExtractorTests
{
    [Theory]
    [InlineData("住戶訪查紀錄.doc", "Macros")]
    [InlineData("健保承保系統-在保人員查詢結果.xls", "_VBA_PROJECT_CUR")]
    public async Task Vba_storage_is_active_content(string name, string storage)
    {
        var bytes = LegacyFixtures.Bytes(name);
        CompoundFilePatch.MakeStorage(bytes, "\u0001CompObj", storage, "\u0005SummaryInformation");

        var result = await LegacyFixtures.ExtractAsync(bytes, name);

        var active = Assert.Single(result.ActiveContent);
        Assert.Equal((ActiveContentKinds.Vba, storage), (active.Kind, active.Path));
    }

    [Fact]
    public async Task Files_without_vba_have_no_active_content()
    {
        foreach (var name in new[] { "住戶訪查紀錄.doc", "健保承保系統-在保人員查詢結果.xls", "業務簡報-個資保護稽核.ppt" })
        {
            Assert.Empty((await LegacyFixtures.ExtractAsync(LegacyFixtures.Bytes(name), name)).ActiveContent);
        }
    }

    [Fact]
    public async Task Unreadable_embedded_object_of_a_doc_is_an_unsupported_problem_and_the_text_is_still_read()
    {
        var bytes = LegacyFixtures.Bytes("住戶訪查紀錄.doc");
        CompoundFilePatch.MakeStorage(bytes, "\u0001CompObj", "ObjectPool", "\u0005SummaryInformation");
        // A storage inside the pool: the object itself, here one holding nothing a reader knows.
        CompoundFilePatch.MakeStorage(bytes, "\u0005SummaryInformation", "_1234567890", "\u0005DocumentSummaryInformation");

        var result = await LegacyFixtures.ExtractAsync(bytes, "住戶訪查紀錄.doc");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.Unsupported, problem.Code);
        Assert.Contains("內嵌", problem.Message, StringComparison.Ordinal);
        Assert.Contains(result.Segments, s => s.Source == SegmentSources.Body);
    }

    [Fact]
    public async Task Encrypted_presentation_is_an_encrypted_problem()
    {
        var bytes = LegacyFixtures.Bytes("業務簡報-個資保護稽核.ppt");
        CompoundFilePatch.Rename(bytes, CompoundFilePatch.Entry(bytes, "\u0005DocumentSummaryInformation"), "EncryptedSummary");

        var result = await LegacyFixtures.ExtractAsync(bytes, "業務簡報-個資保護稽核.ppt");

        Assert.Equal(ProblemCodes.Encrypted, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public async Task Compound_file_that_is_no_office_document_stays_unsupported()
    {
        var bytes = LegacyFixtures.Bytes("住戶訪查紀錄.doc");
        CompoundFilePatch.Rename(bytes, CompoundFilePatch.Entry(bytes, "WordDocument"), "__substg1.0");

        var result = await LegacyFixtures.ExtractAsync(bytes, "郵件.msg");

        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.Unsupported);
        Assert.DoesNotContain(result.Segments, s => s.Source == SegmentSources.Body);
    }
}
