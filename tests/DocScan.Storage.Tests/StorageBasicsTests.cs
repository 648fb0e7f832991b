using Azure;
using DocScan.Core.Policy;
using DocScan.Core.Reporting;
using DocScan.Storage;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocScan.Storage.Tests;

public sealed class StorageBasicsTests
{
    [Fact]
    public void Document_id_depends_on_container_name_and_etag_only()
    {
        var id = DocumentIds.For("outbound", "a/公文.docx", new ETag("\"0x8DC1\""));

        Assert.True(DocumentIds.IsValid(id));
        Assert.Equal(id, DocumentIds.For("outbound", "a/公文.docx", new ETag("0x8DC1")));
        Assert.NotEqual(id, DocumentIds.For("outbound", "a/公文.docx", new ETag("0x8DC2")));
        Assert.NotEqual(id, DocumentIds.For("outbound", "b/公文.docx", new ETag("0x8DC1")));
        Assert.NotEqual(id, DocumentIds.For("inbound", "a/公文.docx", new ETag("0x8DC1")));
        Assert.False(DocumentIds.IsValid("../reports/x"));
    }

    [Fact]
    public void Connection_string_setting_connects_with_it()
    {
        var client = StorageConnection.CreateBlobServiceClient(Settings(("DocScanStorage", "UseDevelopmentStorage=true")), "DocScanStorage", Factory());

        Assert.Equal("devstoreaccount1", client.AccountName);
    }

    [Theory]
    [InlineData("DocScanStorage:blobServiceUri", "https://stdocs.blob.core.windows.net/")]
    [InlineData("DocScanStorage:serviceUri", "https://stdocs.blob.core.windows.net/")]
    [InlineData("DocScanStorage:accountName", "stdocs")]
    public void Identity_based_settings_connect_to_the_account_without_a_key(string key, string value)
    {
        var client = StorageConnection.CreateBlobServiceClient(
            Settings((key, value), ("DocScanStorage:credential", "managedidentity")), "DocScanStorage", Factory());

        Assert.Equal(new Uri("https://stdocs.blob.core.windows.net/"), client.Uri);
        Assert.False(client.CanGenerateAccountSasUri);
    }

    [Fact]
    public void Missing_connection_says_which_settings_to_set()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.CreateBlobServiceClient(Settings(), "DocScanStorage", Factory()));

        Assert.Contains("DocScanStorage__blobServiceUri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stored_report_json_is_the_scan_report_with_storage_fields_without_values_and_reads_back()
    {
        var report = new StoredReport
        {
            Id = "0123456789abcdef0123456789abcdef",
            Scan = new ScanReport
            {
                Document = new DocumentInfo("F15****819-函.txt", "text", "ab", 10),
                Verdict = Verdict.Redact,
                Reasons = [],
                Findings = [new ReportFinding { Type = "national-id", Masked = "F15****819", Value = "should-never-be-stored", Detector = "tw-national-id", Location = new FindingLocation("body", "", null, 0, 10) }],
                Problems = [],
                RulesVersion = "2026.11-1",
            },
            Source = new ReportSource("outbound", "社會局/F15****819-函.txt", "0x1", null, "a@example.gov.tw"),
            RoutedTo = "review/社會局/0123456789abcdef0123456789abcdef/F15****819-函.txt",
            ScannedAt = DateTimeOffset.Parse("2026-11-26T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        };

        var json = report.ToJson();
        var back = StoredReport.Parse(json);

        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n  \"id\": \"0123456789abcdef0123456789abcdef\",\n  \"document\"", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(Verdict.Redact, back.Scan.Verdict);
        Assert.DoesNotContain("should-never-be-stored", json, StringComparison.Ordinal);
        Assert.Equal(report.Source, back.Source);
        Assert.Equal(report.RoutedTo, back.RoutedTo);
        Assert.Equal(report.ScannedAt, back.ScannedAt);
        Assert.Contains("\"etag\": \"0x1\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Verdicts_route_release_out_block_to_quarantine_and_the_rest_to_review()
    {
        var containers = new ContainerNames();

        Assert.Equal("released", containers.For(Verdict.Release));
        Assert.Equal("review", containers.For(Verdict.Redact));
        Assert.Equal("review", containers.For(Verdict.DualDraft));
        Assert.Equal("review", containers.For(Verdict.Review));
        Assert.Equal("quarantine", containers.For(Verdict.Block));
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static AzureComponentFactory Factory()
    {
        var services = new ServiceCollection();
        services.AddAzureClientsCore();
        return services.BuildServiceProvider().GetRequiredService<AzureComponentFactory>();
    }
}
