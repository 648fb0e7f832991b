using DocScan.Infra.Tests.Bicep;

namespace DocScan.Infra.Tests;

/// <summary>
/// The parameter sets the tests look at, each compiled and snapshotted once with the real Bicep CLI:
/// the shipped infra/main.bicepparam (steady state and first deployment) and one with the optional
/// services switched on, and one running the OCR container image. Snapshots are written beside the parameter file, so the work happens in a
/// temporary copy of infra/ and the parameter sets, never in the source tree.
/// </summary>
public sealed class DeploymentFixture : IDisposable
{
    private readonly DirectoryInfo _workspace = Directory.CreateTempSubdirectory("docscan-infra-");
    private readonly Lazy<DeploymentSnapshot> _default;
    private readonly Lazy<DeploymentSnapshot> _firstDeployment;
    private readonly Lazy<DeploymentSnapshot> _withOptionalServices;
    private readonly Lazy<DeploymentSnapshot> _withOcrContainer;

    public DeploymentFixture()
    {
        var infra = Path.Combine(_workspace.FullName, "infra");
        CopyDirectory(TestPaths.InfraDirectory, infra);
        var parameterSets = Path.Combine(_workspace.FullName, "tests", "DocScan.Infra.Tests", "ParameterSets");
        CopyDirectory(TestPaths.ParameterSetsDirectory, parameterSets);

        // Two snapshots of one parameter file would overwrite each other: give each its own copy.
        File.Copy(Path.Combine(infra, "main.bicepparam"), Path.Combine(infra, "first-deployment.bicepparam"));

        _default = new(() => DeploymentSnapshot.Take(
            Path.Combine(infra, "main.bicepparam"),
            new Dictionary<string, string?> { [DeploymentEnvironment.ApiClientId] = DeploymentEnvironment.TestApiClientId }));
        _firstDeployment = new(() => DeploymentSnapshot.Take(
            Path.Combine(infra, "first-deployment.bicepparam"),
            new Dictionary<string, string?>
            {
                [DeploymentEnvironment.ApiClientId] = DeploymentEnvironment.TestApiClientId,
                [DeploymentEnvironment.SubscribeEvents] = "false",
            }));
        _withOptionalServices = new(() => DeploymentSnapshot.Take(
            Path.Combine(parameterSets, "optional-services.bicepparam"),
            new Dictionary<string, string?>()));
        _withOcrContainer = new(() => DeploymentSnapshot.Take(
            Path.Combine(parameterSets, "ocr-container.bicepparam"),
            new Dictionary<string, string?>()));
    }

    /// <summary>infra/main.bicepparam as an agency deploys it once the Functions app is published.</summary>
    internal DeploymentSnapshot Default => _default.Value;

    /// <summary>infra/main.bicepparam on the first run, with DOCSCAN_SUBSCRIBE_EVENTS=false.</summary>
    internal DeploymentSnapshot FirstDeployment => _firstDeployment.Value;

    /// <summary>Key Vault and Azure AI Language switched on.</summary>
    internal DeploymentSnapshot WithOptionalServices => _withOptionalServices.Value;

    /// <summary>The Functions app as the OCR container image on Elastic Premium.</summary>
    internal DeploymentSnapshot WithOcrContainer => _withOcrContainer.Value;

    public void Dispose() => _workspace.Delete(recursive: true);

    private static void CopyDirectory(string source, string destination)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DeploymentCollection : ICollectionFixture<DeploymentFixture>
{
    public const string Name = "deployment snapshots";
}
