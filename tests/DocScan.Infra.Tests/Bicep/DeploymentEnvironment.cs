namespace DocScan.Infra.Tests.Bicep;

/// <summary>Environment variables infra/main.bicepparam reads, and the values the tests give them.</summary>
internal static class DeploymentEnvironment
{
    public const string ApiClientId = "DOCSCAN_API_CLIENT_ID";
    public const string SubscribeEvents = "DOCSCAN_SUBSCRIBE_EVENTS";

    /// <summary>A made-up app registration ID; the tests check it arrives where the template puts it.</summary>
    public const string TestApiClientId = "5f1c9a7e-3b2d-4c8e-9f10-2a3b4c5d6e7f";
}
