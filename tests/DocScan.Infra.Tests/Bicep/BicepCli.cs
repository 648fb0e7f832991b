using System.Diagnostics;
using System.Runtime.InteropServices;

namespace DocScan.Infra.Tests.Bicep;

/// <summary>
/// Runs the real Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 NuGet package that this test
/// project restores. Everything it does here is offline: build, build-params and lint need no network.
/// </summary>
internal static class BicepCli
{
    private const string PackageId = "azure.bicep.commandline.linux-x64";
    private const string PackageVersion = "0.49.2";

    private static readonly Lazy<string> Executable = new(FindExecutable);

    public static string ExecutablePath => Executable.Value;

    /// <summary>Compiles a .bicep file to an ARM template on stdout.</summary>
    public static BicepResult Build(string bicepFile) => Run(["build", "--stdout", bicepFile]);

    /// <summary>Compiles a .bicepparam file; stdout holds parametersJson and templateJson.</summary>
    public static BicepResult BuildParams(string bicepparamFile, IReadOnlyDictionary<string, string?>? environment = null) =>
        Run(["build-params", "--stdout", bicepparamFile], environment);

    /// <summary>
    /// Runs the ARM template engine over a .bicepparam file for a given subscription and resource
    /// group, offline, and writes &lt;name&gt;.snapshot.json beside it: every resource the deployment
    /// would create, with conditions, loops and modules resolved. Values only Azure knows at
    /// deployment time stay expressions, e.g. "[reference('/subscriptions/...', '2020-02-02').ConnectionString]".
    /// </summary>
    public static BicepResult Snapshot(string bicepparamFile, SnapshotTarget target, IReadOnlyDictionary<string, string?>? environment = null) =>
        Run(
            [
                "snapshot", bicepparamFile, "--mode", "overwrite",
                "--tenant-id", target.TenantId,
                "--subscription-id", target.SubscriptionId,
                "--resource-group", target.ResourceGroup,
                "--location", target.Location,
            ],
            environment);

    public static BicepResult Lint(string file, IReadOnlyDictionary<string, string?>? environment = null) =>
        Run(["lint", file], environment);

    public static BicepResult Run(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The parameter file reads these; a value left over in the caller's shell must not leak into a test.
        start.Environment.Remove(DeploymentEnvironment.ApiClientId);
        start.Environment.Remove(DeploymentEnvironment.SubscribeEvents);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {ExecutablePath}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new BicepResult($"bicep {string.Join(' ', arguments)}", process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindExecutable()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            throw new PlatformNotSupportedException(
                $"The Bicep CLI package these tests use is for linux-x64; this is {RuntimeInformation.RuntimeIdentifier}.");
        }

        var candidates = new List<string>();
        var recorded = TestPaths.Metadata("BicepPackageDirectory");
        if (recorded.Length > 0)
        {
            candidates.Add(Path.Combine(recorded, "tools", "bicep"));
        }

        var packagesRoot = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        candidates.Add(Path.Combine(packagesRoot, PackageId, PackageVersion, "tools", "bicep"));

        var path = candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException(
                $"Bicep CLI not found; `dotnet restore` should have placed it at one of: {string.Join(", ", candidates)}");
        EnsureExecutable(path);
        return path;
    }

    // NuGet does not promise to keep the executable bit when it extracts a package.
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void EnsureExecutable(string path)
    {
        var mode = File.GetUnixFileMode(path);
        const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(path, mode | execute);
        }
    }
}
