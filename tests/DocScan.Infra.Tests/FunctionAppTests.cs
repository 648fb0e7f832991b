using System.Text.RegularExpressions;

namespace DocScan.Infra.Tests;

/// <summary>The Function App: Flex Consumption, .NET isolated, its own identity and no stored secret.</summary>
[Collection(DeploymentCollection.Name)]
public sealed partial class FunctionAppTests(DeploymentFixture fixture)
{
    private DeploymentSnapshot Deployment => fixture.Default;

    [Fact]
    public void Runs_dotnet_isolated_on_the_flex_consumption_plan()
    {
        var plan = Deployment.Single("Microsoft.Web/serverfarms");
        var app = Deployment.FunctionApp;
        var config = app.Properties!["functionAppConfig"]!;

        Assert.Equal("FlexConsumption", plan.Body["sku"]!["tier"]!.GetValue<string>());
        Assert.Equal("FC1", plan.Body["sku"]!["name"]!.GetValue<string>());
        Assert.Equal(plan.Id, app.Properties!["serverFarmId"]!.GetValue<string>());
        Assert.Contains("functionapp", app.Body["kind"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("dotnet-isolated", config["runtime"]!["name"]!.GetValue<string>());
        Assert.Equal("10.0", config["runtime"]!["version"]!.GetValue<string>());
    }

    [Fact]
    public void Has_a_system_assigned_identity()
    {
        Assert.Equal("SystemAssigned", Deployment.FunctionApp.Body["identity"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Host_storage_is_reached_with_the_identity_not_a_connection_string()
    {
        var settings = Deployment.AppSettings;

        Assert.Equal(Deployment.HostStorageAccount.Name, settings["AzureWebJobsStorage__accountName"]);
        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
    }

    [Fact]
    public void Deployment_package_is_read_with_the_identity_from_the_host_account()
    {
        var storage = Deployment.FunctionApp.Properties!["functionAppConfig"]!["deployment"]!["storage"]!;

        Assert.Equal("blobContainer", storage["type"]!.GetValue<string>());
        Assert.Equal("SystemAssignedIdentity", storage["authentication"]!["type"]!.GetValue<string>());
        Assert.Matches(ArmExpression.Reference(Deployment.HostStorageAccount.Id, "primaryEndpoints.blob"), storage["value"]!.GetValue<string>());
        Assert.Contains("'app-package'", storage["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Document_connection_is_identity_based_and_points_at_the_document_account()
    {
        var settings = Deployment.AppSettings;
        var data = Deployment.DataStorageAccount.Id;

        Assert.Matches(ArmExpression.WholeReference(data, "primaryEndpoints.blob"), settings["DocScanStorage__blobServiceUri"]);
        Assert.Matches(ArmExpression.WholeReference(data, "primaryEndpoints.queue"), settings["DocScanStorage__queueServiceUri"]);
        Assert.Matches(ArmExpression.WholeReference(data, "primaryEndpoints.table"), settings["DocScanStorage__tableServiceUri"]);
        Assert.Equal("managedidentity", settings["DocScanStorage__credential"]);
    }

    [Fact]
    public void No_app_setting_holds_a_key_or_connection_string()
    {
        var settings = Deployment.AppSettings;

        Assert.True(settings.Count >= 8, $"Only {settings.Count} app settings.");
        Assert.All(settings, setting =>
        {
            Assert.DoesNotContain("AccountKey=", setting.Value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("DefaultEndpointsProtocol", setting.Value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SharedAccessSignature", setting.Value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("listKeys", setting.Value, StringComparison.OrdinalIgnoreCase);
        });
    }

    // The only key the template ever reads is the blobs extension's system key, for the Event Grid webhook.
    [Fact]
    public void The_template_reads_no_storage_key_anywhere()
    {
        var template = Deployment.TemplateJson;
        var listCalls = ListCall().Matches(template).Select(m => m.Value).ToList();

        Assert.DoesNotContain("AccountKey", template, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("DefaultEndpointsProtocol", template, StringComparison.OrdinalIgnoreCase);
        var call = Assert.Single(listCalls);
        Assert.Contains("/host/default", call, StringComparison.Ordinal);
    }

    [Fact]
    public void Telemetry_goes_to_the_deployed_application_insights_with_an_entra_token()
    {
        var settings = Deployment.AppSettings;
        var appInsights = Deployment.Single("Microsoft.Insights/components");

        Assert.Matches(ArmExpression.WholeReference(appInsights.Id, "ConnectionString"), settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        Assert.Equal("Authorization=AAD", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
    }

    [Fact]
    public void Serves_https_only_and_allows_no_basic_publishing_credentials()
    {
        var app = Deployment.FunctionApp;
        var policies = Deployment.ChildrenOf(app, "Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();

        Assert.True(app.Properties!["httpsOnly"]!.GetValue<bool>());
        Assert.Equal("1.2", app.Properties!["siteConfig"]!["minTlsVersion"]!.GetValue<string>());
        Assert.Equal("Disabled", app.Properties!["siteConfig"]!["ftpsState"]!.GetValue<string>());
        Assert.Equal(["ftp", "scm"], policies.Select(p => p.ShortName).Order(StringComparer.Ordinal));
        Assert.All(policies, p => Assert.False(p.Properties!["allow"]!.GetValue<bool>()));
    }

    [GeneratedRegex(@"\blist[A-Za-z]*\([^)]*\)")]
    private static partial Regex ListCall();
}
