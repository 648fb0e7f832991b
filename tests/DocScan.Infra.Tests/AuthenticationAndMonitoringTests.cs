namespace DocScan.Infra.Tests;

/// <summary>Entra ID in front of the HTTP functions; telemetry into Log Analytics.</summary>
[Collection(DeploymentCollection.Name)]
public sealed class AuthenticationAndMonitoringTests(DeploymentFixture fixture)
{
    private DeploymentSnapshot Deployment => fixture.Default;

    private SnapshotResource AuthSettings =>
        Deployment.OfType("Microsoft.Web/sites/config").Single(c => c.ShortName == "authsettingsV2");

    [Fact]
    public void Platform_authentication_answers_401_without_an_entra_token()
    {
        var properties = AuthSettings.Properties!;

        Assert.StartsWith(Deployment.FunctionApp.Name + "/", AuthSettings.Name, StringComparison.Ordinal);
        Assert.True(properties["platform"]!["enabled"]!.GetValue<bool>());
        Assert.True(properties["globalValidation"]!["requireAuthentication"]!.GetValue<bool>());
        Assert.Equal("Return401", properties["globalValidation"]!["unauthenticatedClientAction"]!.GetValue<string>());
        Assert.True(properties["httpSettings"]!["requireHttps"]!.GetValue<bool>());
        Assert.False(properties["login"]!["tokenStore"]!["enabled"]!.GetValue<bool>());
    }

    [Fact]
    public void Entra_id_validates_tokens_for_the_configured_api_registration()
    {
        var aad = AuthSettings.Properties!["identityProviders"]!["azureActiveDirectory"]!;
        var clientId = Bicep.DeploymentEnvironment.TestApiClientId;

        Assert.True(aad["enabled"]!.GetValue<bool>());
        Assert.Equal(clientId, aad["registration"]!["clientId"]!.GetValue<string>());
        Assert.Contains($"api://{clientId}", aad["validation"]!["allowedAudiences"]!.AsArray().Select(a => a!.GetValue<string>()));
        // The login host comes from environment(), so sovereign clouds get theirs; the tenant is the deployment's.
        Assert.Equal(
            $"[format('{{0}}{{1}}/v2.0', environment().authentication.loginEndpoint, '{DeploymentSnapshot.Target.TenantId}')]",
            aad["registration"]!["openIdIssuer"]!.GetValue<string>());
    }

    // Event Grid cannot present an Entra token; only the blob webhook is let through, and it checks its own key.
    [Fact]
    public void Only_the_blob_webhook_is_excluded_from_authentication()
    {
        var excluded = AuthSettings.Properties!["globalValidation"]!["excludedPaths"]!.AsArray().Select(p => p!.GetValue<string>());

        Assert.Equal(["/runtime/webhooks/blobs"], excluded);
    }

    [Fact]
    public void Application_insights_is_workspace_based_and_refuses_key_only_ingestion()
    {
        var appInsights = Deployment.Single("Microsoft.Insights/components");
        var workspace = Deployment.Single("Microsoft.OperationalInsights/workspaces");

        Assert.Equal(workspace.Id, appInsights.Properties!["WorkspaceResourceId"]!.GetValue<string>());
        Assert.True(appInsights.Properties!["DisableLocalAuth"]!.GetValue<bool>());
        Assert.Equal(
            Deployment.Parameter("logRetentionDays")!.GetValue<int>(),
            workspace.Properties!["retentionInDays"]!.GetValue<int>());
    }
}
