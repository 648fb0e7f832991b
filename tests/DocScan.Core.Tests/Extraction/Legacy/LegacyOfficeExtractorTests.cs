using System.Buffers.Binary;
using System.Text;
using DocScan.Core.Extraction;

namespace DocScan.Core.Tests.Extraction.Legacy;

/// <summary>What all three legacy formats share: the compound file's VBA storages and what is not Office at all.</summary>
public class LegacyOfficeExtractorTests
{
    private const int DirectoryEntrySize = 128;

    [Theory]
    [InlineData("住戶訪查紀錄.doc", "Macros")]
    [InlineData("健保承保系統-在保人員查詢結果.xls", "_VBA_PROJECT_CUR")]
    public async Task Vba_storage_is_active_content(string name, string storage)
    {
        // The CompObj stream's directory entry becomes a storage of that name holding the SummaryInformation stream.
        var bytes = LegacyFixtures.Bytes(name);
        var entry = EntryOffset(bytes, "\u0001CompObj");
        var child = (uint)((EntryOffset(bytes, "\u0005SummaryInformation") - DirectoryStart(bytes)) / DirectoryEntrySize);
        Rename(bytes, entry, storage);
        bytes[entry + 0x42] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(entry + 0x4C), child);

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
    public async Task Compound_file_that_is_no_office_document_stays_unsupported()
    {
        var bytes = LegacyFixtures.Bytes("住戶訪查紀錄.doc");
        Rename(bytes, EntryOffset(bytes, "WordDocument"), "__substg1.0");

        var result = await LegacyFixtures.ExtractAsync(bytes, "郵件.msg");

        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.Unsupported);
        Assert.DoesNotContain(result.Segments, s => s.Source == SegmentSources.Body);
    }

    private static int EntryOffset(byte[] file, string name)
    {
        var at = file.AsSpan().IndexOf(Encoding.Unicode.GetBytes(name));
        Assert.True(at >= 0 && at % DirectoryEntrySize == 0, $"{name} is not a directory entry name");
        return at;
    }

    // These small files keep their directory in consecutive 512-byte sectors from the one the header names at 0x30.
    private static int DirectoryStart(byte[] file) => ((int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(0x30)) + 1) * 512;

    private static void Rename(byte[] file, int entry, string name)
    {
        var raw = Encoding.Unicode.GetBytes(name + "\0");
        file.AsSpan(entry, 64).Clear();
        raw.CopyTo(file, entry);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(entry + 0x40), (ushort)raw.Length);
    }
}
