using System.Text.Json.Nodes;

namespace DocScan.Infra.Tests;

/// <summary>The storage accounts: locked down, and the document account recoverable after ransomware (seed case 5).</summary>
[Collection(DeploymentCollection.Name)]
public sealed class StorageAccountTests(DeploymentFixture fixture)
{
    private const string Containers = "Microsoft.Storage/storageAccounts/blobServices/containers";

    private DeploymentSnapshot Deployment => fixture.Default;

    [Fact]
    public void Snapshot_reports_no_diagnostics()
    {
        Assert.Empty(Deployment.Diagnostics);
        Assert.True(Deployment.Compiled.IsClean, Deployment.Compiled.Describe());
    }

    [Fact]
    public void Every_account_refuses_keys_plain_http_old_tls_and_anonymous_reads()
    {
        var accounts = Deployment.OfType("Microsoft.Storage/storageAccounts").ToList();

        Assert.Equal(2, accounts.Count);
        Assert.All(accounts, account =>
        {
            var properties = account.Properties!;
            Assert.True(properties["supportsHttpsTrafficOnly"]!.GetValue<bool>(), account.Name);
            Assert.Equal("TLS1_2", properties["minimumTlsVersion"]!.GetValue<string>());
            Assert.False(properties["allowSharedKeyAccess"]!.GetValue<bool>(), account.Name);
            Assert.False(properties["allowBlobPublicAccess"]!.GetValue<bool>(), account.Name);
            Assert.True(properties["defaultToOAuthAuthentication"]!.GetValue<bool>(), account.Name);
        });
    }

    [Fact]
    public void Document_account_keeps_previous_versions_and_soft_deleted_blobs_and_containers()
    {
        var blobService = Deployment.ChildrenOf(Deployment.DataStorageAccount, "Microsoft.Storage/storageAccounts/blobServices").Single();
        var properties = blobService.Properties!;
        var softDeleteDays = Deployment.Parameter("softDeleteRetentionDays")!.GetValue<int>();

        Assert.True(properties["isVersioningEnabled"]!.GetValue<bool>());
        Assert.True(properties["deleteRetentionPolicy"]!["enabled"]!.GetValue<bool>());
        Assert.Equal(softDeleteDays, properties["deleteRetentionPolicy"]!["days"]!.GetValue<int>());
        Assert.False(properties["deleteRetentionPolicy"]!["allowPermanentDelete"]!.GetValue<bool>());
        Assert.True(properties["containerDeleteRetentionPolicy"]!["enabled"]!.GetValue<bool>());
        Assert.Equal(softDeleteDays, properties["containerDeleteRetentionPolicy"]!["days"]!.GetValue<int>());
        Assert.True(softDeleteDays >= 7, $"Soft delete of {softDeleteDays} days is too short to notice an attack.");
    }

    [Fact]
    public void Document_account_can_be_restored_to_a_point_in_time_before_an_attack()
    {
        var properties = Deployment.ChildrenOf(Deployment.DataStorageAccount, "Microsoft.Storage/storageAccounts/blobServices").Single().Properties!;
        var softDeleteDays = properties["deleteRetentionPolicy"]!["days"]!.GetValue<int>();

        Assert.True(properties["changeFeed"]!["enabled"]!.GetValue<bool>());
        Assert.True(properties["restorePolicy"]!["enabled"]!.GetValue<bool>());
        Assert.Equal(softDeleteDays - 1, properties["restorePolicy"]!["days"]!.GetValue<int>());
    }

    [Fact]
    public void Host_account_soft_deletes_but_holds_no_documents()
    {
        var host = Deployment.HostStorageAccount;
        var blobService = Deployment.ChildrenOf(host, "Microsoft.Storage/storageAccounts/blobServices").Single().Properties!;

        Assert.NotEqual(Deployment.DataStorageAccount.Name, host.Name);
        Assert.True(blobService["deleteRetentionPolicy"]!["enabled"]!.GetValue<bool>());
        Assert.True(blobService["containerDeleteRetentionPolicy"]!["enabled"]!.GetValue<bool>());
        Assert.Equal(["app-package"], Deployment.ChildrenOf(host, Containers).Select(c => c.ShortName));
    }

    [Fact]
    public void Document_account_has_the_containers_of_the_flow_and_the_reviewers_rules_none_public()
    {
        var containers = Deployment.ChildrenOf(Deployment.DataStorageAccount, Containers).ToList();

        Assert.Equal(
            ["audit", "outbound", "quarantine", "released", "reports", "review", "rules"],
            containers.Select(c => c.ShortName).Order(StringComparer.Ordinal));
        Assert.All(containers, c => Assert.Equal("None", c.Properties!["publicAccess"]!.GetValue<string>()));
    }

    [Fact]
    public void Audit_container_alone_is_write_once_read_many_and_still_appendable()
    {
        var policies = Deployment.OfType("Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies").ToList();

        var policy = Assert.Single(policies);
        Assert.Equal($"{Deployment.DataStorageAccount.Name}/default/audit/default", policy.Name);
        Assert.Equal(
            Deployment.Parameter("auditRetentionDays")!.GetValue<int>(),
            policy.Properties!["immutabilityPeriodSinceCreationInDays"]!.GetValue<int>());
        Assert.True(policy.Properties!["allowProtectedAppendWrites"]!.GetValue<bool>());
    }

    [Fact]
    public void Lifecycle_deletes_old_reports_and_old_versions_but_never_current_documents_or_the_audit_log()
    {
        var policy = Deployment.ChildrenOf(Deployment.DataStorageAccount, "Microsoft.Storage/storageAccounts/managementPolicies").Single();
        var rules = policy.Properties!["policy"]!["rules"]!.AsArray().Select(r => r!.AsObject()).ToList();
        var reportDays = Deployment.Parameter("reportRetentionDays")!.GetValue<int>();
        var softDeleteDays = Deployment.Parameter("softDeleteRetentionDays")!.GetValue<int>();

        var reports = Assert.Single(rules, r => r["definition"]!["actions"]!["baseBlob"] is not null);
        Assert.Equal(["reports/"], Prefixes(reports));
        Assert.Equal(reportDays, reports["definition"]!["actions"]!["baseBlob"]!["delete"]!["daysAfterModificationGreaterThan"]!.GetValue<int>());

        var versions = Assert.Single(rules, r => r["definition"]!["actions"]!["version"] is not null);
        var versionDays = versions["definition"]!["actions"]!["version"]!["delete"]!["daysAfterCreationGreaterThan"]!.GetValue<int>();
        Assert.True(versionDays >= softDeleteDays, $"Versions deleted after {versionDays} days, inside the {softDeleteDays}-day recovery window.");
        Assert.Contains("outbound/", Prefixes(versions));
        Assert.All(rules, rule => Assert.DoesNotContain("audit/", Prefixes(rule)));
    }

    [Fact]
    public void Every_read_write_and_delete_of_a_document_is_logged()
    {
        var setting = Deployment.Single("Microsoft.Insights/diagnosticSettings");
        var blobService = Deployment.ChildrenOf(Deployment.DataStorageAccount, "Microsoft.Storage/storageAccounts/blobServices").Single();
        var workspace = Deployment.Single("Microsoft.OperationalInsights/workspaces");

        Assert.Equal(blobService.Id, setting.Scope);
        Assert.Equal(workspace.Id, setting.Properties!["workspaceId"]!.GetValue<string>());
        var enabled = setting.Properties!["logs"]!.AsArray()
            .Where(l => l!["enabled"]!.GetValue<bool>())
            .Select(l => l!["category"]!.GetValue<string>());
        Assert.Equal(["StorageDelete", "StorageRead", "StorageWrite"], enabled.Order(StringComparer.Ordinal));
    }

    private static IReadOnlyList<string> Prefixes(JsonObject rule) =>
        rule["definition"]!["filters"]!["prefixMatch"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
}
