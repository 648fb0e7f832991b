using System.Reflection;

namespace DocScan.Infra.Tests;

/// <summary>Where the infrastructure files and the test parameter sets are, as recorded at build time.</summary>
internal static class TestPaths
{
    public static string InfraDirectory => Existing(Metadata("InfraDirectory"));

    public static string ParameterSetsDirectory => Existing(Metadata("ParameterSetsDirectory"));

    public static string Infra(string relativePath) => Path.Combine(InfraDirectory, relativePath);

    public static string ParameterSet(string fileName) => Path.Combine(ParameterSetsDirectory, fileName);

    internal static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing; see DocScan.Infra.Tests.csproj.");

    private static string Existing(string directory) =>
        Directory.Exists(directory)
            ? directory
            : throw new DirectoryNotFoundException($"Directory recorded at build time does not exist: {directory}");
}
