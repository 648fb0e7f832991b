using DocScan.Core.Tests.Support;
using DocScan.Storage;
using DocScan.Storage.Review;
using DocScan.Tests.Shared;

namespace DocScan.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class UploadServiceTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Upload_lands_in_outbound_with_the_uploader_and_its_id_names_the_report_the_trigger_writes()
    {
        var storage = await StorageHarness.CreateAsync(azurite);
        var log = new ListLogger<UploadService>();
        var uploads = new UploadService(storage.Service, storage.Options, storage.Engine, TimeProvider.System, log);

        var result = await uploads.UploadAsync(new MemoryStream(TestDocuments.LetterWithId()), $@"C:\公文\{TestDocuments.NationalId}-復函.txt", "陳美玲@taipei.gov.tw", "社會局", CancellationToken.None);

        Assert.Equal(storage.Containers.Outbound, result.Container);
        Assert.Matches($"^社會局/\\d{{4}}-\\d{{2}}-\\d{{2}}/[0-9a-f]{{32}}/{TestDocuments.NationalId}-復函\\.txt$", result.BlobName);
        var blob = storage.Container(storage.Containers.Outbound).GetBlobClient(result.BlobName);
        Assert.Equal("陳美玲@taipei.gov.tw", BlobKeys.Unescape((await blob.GetPropertiesAsync()).Value.Metadata[BlobKeys.Uploader]));
        Assert.False((await uploads.GetStatusAsync(result.DocumentId, CancellationToken.None)).IsScanned);

        var outcome = await storage.Scanner.ScanAsync(result.Container, result.BlobName, CancellationToken.None);

        Assert.Equal(result.DocumentId, outcome.DocumentId);
        var status = await uploads.WaitForReportAsync(result.DocumentId, TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.Equal("redact", status.Verdict);
        var page = await uploads.ReadReportAsync(new ReviewCaller("陳美玲@taipei.gov.tw", [ReviewRoles.Uploader]), result.DocumentId, html: true,
            CancellationToken.None);
        Assert.Contains("須遮蔽", page, StringComparison.Ordinal);
        Assert.DoesNotContain(TestDocuments.NationalId, page, StringComparison.Ordinal);
        Assert.Equal(ReviewRefusal.Forbidden, (await Assert.ThrowsAsync<ReviewRefusedException>(() => uploads.ReadReportAsync(
            new ReviewCaller("林志明@taipei.gov.tw", [ReviewRoles.Uploader]), result.DocumentId, html: false, CancellationToken.None))).Refusal);
        Assert.DoesNotContain(log.Lines, l => l.Contains(TestDocuments.NationalId, StringComparison.Ordinal));
        Assert.Contains(log.Lines, l => l.Contains(result.DocumentId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_uploads_of_one_name_never_overwrite_each_other()
    {
        var storage = await StorageHarness.CreateAsync(azurite);
        var uploads = new UploadService(storage.Service, storage.Options, storage.Engine, TimeProvider.System);

        var first = await uploads.UploadAsync(new MemoryStream(TestDocuments.Notice(1)), "公告.txt", "a@example.gov.tw", null, CancellationToken.None);
        var second = await uploads.UploadAsync(new MemoryStream(TestDocuments.Notice(2)), "公告.txt", "a@example.gov.tw", null, CancellationToken.None);

        Assert.NotEqual(first.BlobName, second.BlobName);
        Assert.Equal(2, (await storage.ListAsync(storage.Containers.Outbound)).Count);
    }

    [Theory]
    [InlineData("../../etc")]
    [InlineData("a/../b")]
    [InlineData("有 空白")]
    public void Folder_that_could_climb_out_or_carry_odd_characters_is_refused(string folder) =>
        Assert.Throws<ArgumentException>(() => UploadNames.Folder(folder));

    [Theory]
    [InlineData("公文.docx", "公文.docx")]
    [InlineData(@"C:\Users\a\公文.docx", "公文.docx")]
    [InlineData("../../公文.docx", "公文.docx")]
    [InlineData("..", "document")]
    [InlineData("", "document")]
    [InlineData("a\u0000b.txt", "ab.txt")]
    public void File_name_is_the_last_segment_without_control_characters(string given, string expected) =>
        Assert.Equal(expected, UploadNames.FileName(given));
}
