using static DocScan.Infra.Tests.BuiltInRoles;

namespace DocScan.Infra.Tests;

/// <summary>
/// OCR where the Functions app runs: Flex Consumption cannot install Tesseract, so with an image named
/// the app runs functions/Dockerfile's container on Elastic Premium, pulled with its own identity.
/// </summary>
[Collection(DeploymentCollection.Name)]
public sealed class OcrContainerTests(DeploymentFixture fixture)
{
    private const string RoleAssignments = "Microsoft.Authorization/roleAssignments";

    [Fact]
    public void Without_an_image_the_code_package_runs_on_flex_consumption_and_no_registry_is_granted()
    {
        var deployment = fixture.Default;

        Assert.Equal("FC1", deployment.Single("Microsoft.Web/serverfarms").Body["sku"]!["name"]!.GetValue<string>());
        Assert.Null(deployment.FunctionApp.Properties!["siteConfig"]!["linuxFxVersion"]);
        Assert.DoesNotContain(deployment.OfType(RoleAssignments), r => RoleOf(r) == AcrPull);
    }

    [Fact]
    public void The_ocr_image_runs_on_elastic_premium_as_dotnet_isolated_with_identity_connections()
    {
        var deployment = fixture.WithOcrContainer;
        var plan = deployment.Single("Microsoft.Web/serverfarms");
        var app = deployment.FunctionApp;
        var site = app.Properties!["siteConfig"]!;

        Assert.Equal(("ElasticPremium", "EP1", "elastic"), (plan.Body["sku"]!["tier"]!.GetValue<string>(), plan.Body["sku"]!["name"]!.GetValue<string>(), plan.Body["kind"]!.GetValue<string>()));
        Assert.True(plan.Properties!["reserved"]!.GetValue<bool>());
        Assert.Equal(plan.Id, app.Properties!["serverFarmId"]!.GetValue<string>());
        Assert.Equal("DOCKER|crdocscantest.azurecr.io/docscan-functions:1.0", site["linuxFxVersion"]!.GetValue<string>());
        Assert.Null(app.Properties!["functionAppConfig"]);
        Assert.Equal("dotnet-isolated", deployment.AppSettings["FUNCTIONS_WORKER_RUNTIME"]);
        Assert.Equal("~4", deployment.AppSettings["FUNCTIONS_EXTENSION_VERSION"]);
        Assert.Equal("managedidentity", deployment.AppSettings["AzureWebJobsStorage__credential"]);
        Assert.Equal("managedidentity", deployment.AppSettings["DocScanStorage__credential"]);
        Assert.Empty(deployment.Diagnostics);
    }

    [Fact]
    public void The_image_is_pulled_with_the_app_identity_holding_acr_pull_on_that_registry_only()
    {
        var deployment = fixture.WithOcrContainer;

        Assert.True(deployment.FunctionApp.Properties!["siteConfig"]!["acrUseManagedIdentityCreds"]!.GetValue<bool>());
        Assert.DoesNotContain(deployment.AppSettings.Keys, k => k.StartsWith("DOCKER_REGISTRY_SERVER", StringComparison.Ordinal));
        var grant = Assert.Single(deployment.OfType(RoleAssignments), r => RoleOf(r) == AcrPull);
        Assert.EndsWith("/providers/Microsoft.ContainerRegistry/registries/crdocscantest", grant.Scope, StringComparison.Ordinal);
        Assert.Equal("ServicePrincipal", grant.Properties!["principalType"]!.GetValue<string>());
        // Storage access is the same as on Flex Consumption.
        Assert.Equal(fixture.Default.RolesOn(fixture.Default.DataStorageAccount), deployment.RolesOn(deployment.DataStorageAccount));
    }

    private static string RoleOf(SnapshotResource assignment) =>
        assignment.Properties!["roleDefinitionId"]!.GetValue<string>().Split('/')[^1];
}
