using System.Text.Json.Nodes;
using static DocScan.Infra.Tests.BuiltInRoles;

namespace DocScan.Infra.Tests;

/// <summary>Key Vault and Azure AI Language exist only when asked for, and then only through Entra ID.</summary>
[Collection(DeploymentCollection.Name)]
public sealed class OptionalServicesTests(DeploymentFixture fixture)
{
    private const string KeyVaults = "Microsoft.KeyVault/vaults";
    private const string CognitiveAccounts = "Microsoft.CognitiveServices/accounts";

    [Fact]
    public void Shipped_parameters_and_template_defaults_leave_both_off()
    {
        var deployment = fixture.Default;

        Assert.False(deployment.Parameter("enableKeyVault")!.GetValue<bool>());
        Assert.False(deployment.Parameter("enableLanguage")!.GetValue<bool>());
        var declared = JsonNode.Parse(deployment.TemplateJson)!["parameters"]!;
        Assert.False(declared["enableKeyVault"]!["defaultValue"]!.GetValue<bool>());
        Assert.False(declared["enableLanguage"]!["defaultValue"]!.GetValue<bool>());
    }

    [Fact]
    public void Nothing_of_them_is_deployed_by_default()
    {
        var deployment = fixture.Default;

        Assert.Empty(deployment.OfType(KeyVaults));
        Assert.Empty(deployment.OfType(CognitiveAccounts));
        Assert.DoesNotContain(deployment.AppSettings.Keys, k => k.StartsWith("DocScan__", StringComparison.Ordinal));
    }

    [Fact]
    public void Key_vault_when_enabled_uses_rbac_and_purge_protection_and_the_app_may_read_secrets()
    {
        var deployment = fixture.WithOptionalServices;
        var vault = deployment.Single(KeyVaults);
        var properties = vault.Properties!;

        Assert.True(properties["enableRbacAuthorization"]!.GetValue<bool>());
        Assert.True(properties["enableSoftDelete"]!.GetValue<bool>());
        Assert.True(properties["enablePurgeProtection"]!.GetValue<bool>());
        Assert.Equal(DeploymentSnapshot.Target.TenantId, properties["tenantId"]!.GetValue<string>());
        Assert.Equal(new HashSet<string> { KeyVaultSecretsUser }, deployment.RolesOn(vault));
        Assert.Matches(ArmExpression.WholeReference(vault.Id, "vaultUri"), deployment.AppSettings["DocScan__KeyVaultUri"]);
    }

    [Fact]
    public void Language_when_enabled_is_text_analytics_without_keys_and_the_app_may_call_it()
    {
        var deployment = fixture.WithOptionalServices;
        var language = deployment.Single(CognitiveAccounts);

        Assert.Equal("TextAnalytics", language.Body["kind"]!.GetValue<string>());
        Assert.True(language.Properties!["disableLocalAuth"]!.GetValue<bool>());
        Assert.Equal(language.Name, language.Properties!["customSubDomainName"]!.GetValue<string>());
        Assert.Equal(new HashSet<string> { CognitiveServicesUser }, deployment.RolesOn(language));
        Assert.Matches(ArmExpression.WholeReference(language.Id, "endpoint"), deployment.AppSettings["DocScan__Language__Endpoint"]);
    }

    [Fact]
    public void Enabling_them_changes_nothing_else_about_storage_access()
    {
        var withOptional = fixture.WithOptionalServices;

        Assert.Equal(fixture.Default.RolesOn(fixture.Default.DataStorageAccount), withOptional.RolesOn(withOptional.DataStorageAccount));
        Assert.Equal(8, withOptional.OfType("Microsoft.Authorization/roleAssignments").Count());
        Assert.Empty(withOptional.Diagnostics);
    }
}
