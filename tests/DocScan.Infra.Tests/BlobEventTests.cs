namespace DocScan.Infra.Tests;

/// <summary>Event Grid hands every new blob in outbound/ to the blob trigger's webhook.</summary>
[Collection(DeploymentCollection.Name)]
public sealed class BlobEventTests(DeploymentFixture fixture)
{
    private const string Subscriptions = "Microsoft.EventGrid/systemTopics/eventSubscriptions";

    [Fact]
    public void System_topic_publishes_the_document_account_events()
    {
        var deployment = fixture.Default;
        var topic = deployment.Single("Microsoft.EventGrid/systemTopics");

        Assert.Equal(deployment.DataStorageAccount.Id, topic.Properties!["source"]!.GetValue<string>());
        Assert.Equal("Microsoft.Storage.StorageAccounts", topic.Properties!["topicType"]!.GetValue<string>());
        Assert.Equal(DeploymentSnapshot.Target.Location, topic.Body["location"]!.GetValue<string>());
    }

    [Fact]
    public void Subscription_takes_only_blob_created_events_under_outbound()
    {
        var deployment = fixture.Default;
        var subscription = deployment.Single(Subscriptions);
        var filter = subscription.Properties!["filter"]!;

        Assert.StartsWith(deployment.Single("Microsoft.EventGrid/systemTopics").Name + "/", subscription.Name, StringComparison.Ordinal);
        Assert.Equal(["Microsoft.Storage.BlobCreated"], filter["includedEventTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("/blobServices/default/containers/outbound/", filter["subjectBeginsWith"]!.GetValue<string>());
        Assert.Null(filter["subjectEndsWith"]);
    }

    [Fact]
    public void Subscription_delivers_to_the_blob_extension_webhook_with_its_system_key()
    {
        var deployment = fixture.Default;
        var app = deployment.FunctionApp;
        var destination = deployment.Single(Subscriptions).Properties!["destination"]!;
        var url = destination["properties"]!["endpointUrl"]!.GetValue<string>();

        Assert.Equal("WebHook", destination["endpointType"]!.GetValue<string>());
        Assert.StartsWith("[format('https://{0}/runtime/webhooks/blobs?functionName=Host.Functions.{1}&code={2}', ", url, StringComparison.Ordinal);
        Assert.Matches(ArmExpression.Reference(app.Id, "defaultHostName"), url);
        Assert.Contains("'ScanOutbound'", url, StringComparison.Ordinal);
        Assert.Contains($"listKeys('{app.Id}/host/default', ", url, StringComparison.Ordinal);
        Assert.EndsWith(".systemKeys.blobs_extension)]", url, StringComparison.Ordinal);
    }

    [Fact]
    public void Subscription_waits_for_the_published_app_on_the_first_deployment()
    {
        var first = fixture.FirstDeployment;

        Assert.False(first.Parameter("subscribeOutboundEvents")!.GetValue<bool>());
        Assert.Single(first.OfType("Microsoft.EventGrid/systemTopics"));
        Assert.Empty(first.OfType(Subscriptions));
        Assert.True(fixture.Default.Parameter("subscribeOutboundEvents")!.GetValue<bool>());
    }
}
