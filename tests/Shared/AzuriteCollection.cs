namespace DocScan.Tests.Shared;

/// <summary>One Azurite for every test class in the collection; each test makes containers of its own in it.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
