namespace DocScan.Web.Tests;

/// <summary>The page's browser tests share one site (Azurite, host, Chromium) and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Site";
}
