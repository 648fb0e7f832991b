namespace DocScan.Infra.Tests.Bicep;

/// <summary>The made-up tenant, subscription and resource group a snapshot deploys into.</summary>
internal sealed record SnapshotTarget(string TenantId, string SubscriptionId, string ResourceGroup, string Location)
{
    public static SnapshotTarget Test { get; } = new(
        "00000000-0000-0000-0000-00000000a002",
        "00000000-0000-0000-0000-00000000a001",
        "rg-docscan-test",
        "eastasia");

    public string ResourceGroupId => $"/subscriptions/{SubscriptionId}/resourceGroups/{ResourceGroup}";

    public string RoleDefinitionId(string roleGuid) =>
        $"/subscriptions/{SubscriptionId}/providers/Microsoft.Authorization/roleDefinitions/{roleGuid}";
}
