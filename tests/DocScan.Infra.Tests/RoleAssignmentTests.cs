using static DocScan.Infra.Tests.BuiltInRoles;

namespace DocScan.Infra.Tests;

/// <summary>Least privilege: each role on the one resource that needs it, none able to undo recovery.</summary>
[Collection(DeploymentCollection.Name)]
public sealed class RoleAssignmentTests(DeploymentFixture fixture)
{
    private DeploymentSnapshot Deployment => fixture.Default;

    private SnapshotResource DocumentOperatorRole => Deployment.Single("Microsoft.Authorization/roleDefinitions");

    [Fact]
    public void Host_account_grants_blob_owner_and_queues_for_the_functions_host_only()
    {
        Assert.Equal(
            new HashSet<string> { StorageBlobDataOwner, StorageQueueDataContributor },
            Deployment.RolesOn(Deployment.HostStorageAccount));
    }

    [Fact]
    public void Document_account_grants_the_custom_blob_role_queues_and_tables_but_never_owner()
    {
        var roles = Deployment.RolesOn(Deployment.DataStorageAccount);

        Assert.Equal(
            new HashSet<string> { DocumentOperatorRole.Name, StorageQueueDataContributor, StorageTableDataContributor },
            roles);
        Assert.DoesNotContain(StorageBlobDataOwner, roles);
        Assert.DoesNotContain(StorageAccountContributor, roles);
    }

    [Fact]
    public void Application_insights_grants_only_telemetry_publishing()
    {
        var appInsights = Deployment.Single("Microsoft.Insights/components");

        Assert.Equal(new HashSet<string> { MonitoringMetricsPublisher }, Deployment.RolesOn(appInsights));
    }

    [Fact]
    public void Every_assignment_is_for_the_function_identity_on_a_single_resource()
    {
        var assignments = Deployment.OfType("Microsoft.Authorization/roleAssignments").ToList();
        var principal = ArmExpression.WholeReference(Deployment.FunctionApp.Id, "identity.principalId");

        Assert.Equal(6, assignments.Count);
        Assert.All(assignments, a =>
        {
            Assert.Matches(principal, a.Properties!["principalId"]!.GetValue<string>());
            Assert.Equal("ServicePrincipal", a.Properties!["principalType"]!.GetValue<string>());
            Assert.Contains("/providers/", a.Scope, StringComparison.Ordinal);
            Assert.NotEqual(DeploymentSnapshot.Target.ResourceGroupId, a.Scope);
        });
    }

    [Fact]
    public void Assignments_use_the_subscription_level_role_definition_ids()
    {
        var target = DeploymentSnapshot.Target;
        var expected = new[] { StorageBlobDataOwner, StorageQueueDataContributor, StorageTableDataContributor, MonitoringMetricsPublisher, DocumentOperatorRole.Name }
            .Select(target.RoleDefinitionId)
            .ToHashSet();

        var used = Deployment.OfType("Microsoft.Authorization/roleAssignments")
            .Select(a => a.Properties!["roleDefinitionId"]!.GetValue<string>())
            .ToHashSet();

        Assert.Equal(expected, used);
    }

    // Blob Data Owner could delete previous versions and purge soft-deleted blobs, and Blob Data
    // Contributor cannot tag: the custom role is Contributor plus tags, minus everything destructive.
    [Fact]
    public void Document_operator_role_can_tag_but_cannot_destroy_versions_or_bypass_worm()
    {
        var permissions = DocumentOperatorRole.Properties!["permissions"]!.AsArray().Single()!;
        var dataActions = permissions["dataActions"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        var actions = permissions["actions"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        const string blobs = "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/";

        Assert.Subset(
            dataActions.ToHashSet(),
            new[] { "read", "write", "delete", "add/action", "tags/read", "tags/write", "filter/action" }.Select(a => blobs + a).ToHashSet());
        Assert.DoesNotContain(dataActions.Concat(actions), a => a.Contains('*', StringComparison.Ordinal));
        foreach (var forbidden in new[] { "deleteBlobVersion", "permanentDelete", "immutableStorage", "runAsSuperUser", "manageOwnership", "modifyPermissions" })
        {
            Assert.DoesNotContain(dataActions, a => a.Contains(forbidden, StringComparison.OrdinalIgnoreCase));
        }

        Assert.DoesNotContain("Microsoft.Storage/storageAccounts/blobServices/containers/delete", actions);
        Assert.DoesNotContain(actions, a => a.Contains("listkeys", StringComparison.OrdinalIgnoreCase));
        Assert.Equal([DeploymentSnapshot.Target.ResourceGroupId], DocumentOperatorRole.Properties!["assignableScopes"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public void Blob_data_contributor_is_not_used_because_it_cannot_tag()
    {
        var used = Deployment.OfType("Microsoft.Authorization/roleAssignments")
            .Select(a => a.Properties!["roleDefinitionId"]!.GetValue<string>());

        Assert.DoesNotContain(used, id => id.EndsWith(StorageBlobDataContributor, StringComparison.OrdinalIgnoreCase));
    }
}
