using System.Text.Json.Nodes;
using DocScan.Infra.Tests.Bicep;

namespace DocScan.Infra.Tests;

/// <summary>Every Bicep file compiles and lints with the real CLI, and any warning fails the test.</summary>
public sealed class BicepBuildTests
{
    private static readonly Dictionary<string, string?> DeployEnvironment = new()
    {
        [DeploymentEnvironment.ApiClientId] = DeploymentEnvironment.TestApiClientId,
    };

    public static TheoryData<string> BicepFiles() => new(RelativeBicepFiles());

    private static IEnumerable<string> RelativeBicepFiles() =>
        Directory.EnumerateFiles(TestPaths.InfraDirectory, "*.bicep", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(TestPaths.InfraDirectory, file))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Uses_the_pinned_bicep_cli()
    {
        var version = BicepCli.Run(["--version"]);

        Assert.Equal(0, version.ExitCode);
        Assert.Contains("0.49.2", version.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Finds_main_and_every_module()
    {
        var files = RelativeBicepFiles().ToList();

        Assert.Contains("main.bicep", files);
        Assert.Contains(Path.Combine("modules", "storage-account.bicep"), files);
        Assert.True(files.Count >= 10, $"Only {files.Count} Bicep files found under {TestPaths.InfraDirectory}.");
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Compiles_without_errors_or_warnings(string relativePath)
    {
        var result = BicepCli.Build(TestPaths.Infra(relativePath));

        Assert.True(result.IsClean, result.Describe());
        var template = JsonNode.Parse(result.StandardOutput)!.AsObject();
        Assert.Contains("deploymentTemplate.json", template["$schema"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Passes_the_linter(string relativePath)
    {
        var result = BicepCli.Lint(TestPaths.Infra(relativePath));

        Assert.True(result.IsClean, result.Describe());
    }

    [Fact]
    public void Parameter_file_compiles_and_lints_cleanly()
    {
        var file = TestPaths.Infra("main.bicepparam");

        var build = BicepCli.BuildParams(file, DeployEnvironment);
        var lint = BicepCli.Lint(file, DeployEnvironment);

        Assert.True(build.IsClean, build.Describe());
        Assert.True(lint.IsClean, lint.Describe());
    }

    [Fact]
    public void Parameter_file_refuses_to_compile_without_the_api_client_id()
    {
        var build = BicepCli.BuildParams(TestPaths.Infra("main.bicepparam"));

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(DeploymentEnvironment.ApiClientId, build.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_parameter_set_compiles_cleanly()
    {
        var build = BicepCli.BuildParams(TestPaths.ParameterSet("optional-services.bicepparam"));

        Assert.True(build.IsClean, build.Describe());
    }

    // The checks above must be able to fail: a file with an unused parameter draws a diagnostic, and
    // under the repository's bicepconfig.json that diagnostic is an error that fails the build.
    [Fact]
    public void A_linter_finding_is_caught_and_the_repository_config_makes_it_an_error()
    {
        var directory = Directory.CreateTempSubdirectory("docscan-bicep-");
        try
        {
            var file = Path.Combine(directory.FullName, "unused.bicep");
            File.WriteAllText(file, "param unused string\noutput greeting string = 'hello'\n");

            var withDefaults = BicepCli.Build(file);
            File.Copy(TestPaths.Infra("bicepconfig.json"), Path.Combine(directory.FullName, "bicepconfig.json"));
            var withRepositoryConfig = BicepCli.Build(file);

            Assert.False(withDefaults.IsClean);
            Assert.Contains(withDefaults.Diagnostics, d => d.Contains("Warning no-unused-params", StringComparison.Ordinal));
            Assert.NotEqual(0, withRepositoryConfig.ExitCode);
            Assert.Contains(withRepositoryConfig.Diagnostics, d => d.Contains("Error no-unused-params", StringComparison.Ordinal));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
