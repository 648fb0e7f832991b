using System.Text.Json.Nodes;
using DocScan.Infra.Tests.Bicep;

namespace DocScan.Infra.Tests;

/// <summary>
/// What one parameter file would deploy: the template and parameter values the Bicep CLI compiles
/// from it (what `az deployment group create` sends) and the ARM engine's snapshot of the resources.
/// </summary>
internal sealed class DeploymentSnapshot
{
    private DeploymentSnapshot(BicepResult compiled, BicepResult snapshotRun, JsonObject snapshot)
    {
        Compiled = compiled;
        SnapshotRun = snapshotRun;
        var output = JsonNode.Parse(compiled.StandardOutput)!.AsObject();
        TemplateJson = output["templateJson"]!.GetValue<string>();
        Parameters = JsonNode.Parse(output["parametersJson"]!.GetValue<string>())!["parameters"]!.AsObject();
        Diagnostics = snapshot["diagnostics"]?.AsArray() ?? [];
        Resources = snapshot["predictedResources"]!.AsArray().Select(SnapshotResource.From).ToList();
    }

    public static SnapshotTarget Target => SnapshotTarget.Test;

    public BicepResult Compiled { get; }

    public BicepResult SnapshotRun { get; }

    /// <summary>The compiled ARM template, as text.</summary>
    public string TemplateJson { get; }

    public JsonObject Parameters { get; }

    public JsonArray Diagnostics { get; }

    public IReadOnlyList<SnapshotResource> Resources { get; }

    public static DeploymentSnapshot Take(string bicepparamFile, IReadOnlyDictionary<string, string?> environment)
    {
        var compiled = BicepCli.BuildParams(bicepparamFile, environment);
        if (compiled.ExitCode != 0)
        {
            throw new InvalidOperationException(compiled.Describe());
        }

        var run = BicepCli.Snapshot(bicepparamFile, Target, environment);
        var snapshotFile = Path.ChangeExtension(bicepparamFile, ".snapshot.json");
        if (run.ExitCode != 0 || !File.Exists(snapshotFile))
        {
            throw new InvalidOperationException(run.Describe());
        }

        return new DeploymentSnapshot(compiled, run, JsonNode.Parse(File.ReadAllText(snapshotFile))!.AsObject());
    }

    public JsonNode? Parameter(string name) => Parameters[name]?["value"];

    public IEnumerable<SnapshotResource> OfType(string type) =>
        Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    public SnapshotResource Single(string type)
    {
        var matches = OfType(type).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException($"Expected one {type}, found {matches.Count}: {string.Join("; ", matches)}");
    }

    public SnapshotResource FunctionApp => Single("Microsoft.Web/sites");

    public IReadOnlyDictionary<string, string> AppSettings =>
        FunctionApp.Properties!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => s!["name"]!.GetValue<string>(), s => s!["value"]!.GetValue<string>());

    /// <summary>The account the Functions host runs on: the one AzureWebJobsStorage names.</summary>
    public SnapshotResource HostStorageAccount => StorageAccount(AppSettings["AzureWebJobsStorage__accountName"]);

    /// <summary>The account documents are dropped into: the one with the outbound container.</summary>
    public SnapshotResource DataStorageAccount =>
        StorageAccount(OfType("Microsoft.Storage/storageAccounts/blobServices/containers")
            .Single(c => c.ShortName == "outbound").Name.Split('/')[0]);

    public SnapshotResource StorageAccount(string name) =>
        OfType("Microsoft.Storage/storageAccounts").SingleOrDefault(a => a.Name == name)
        ?? throw new InvalidOperationException($"No storage account named {name} is deployed.");

    /// <summary>Resources of a type nested under another: blob service, containers, policies.</summary>
    public IEnumerable<SnapshotResource> ChildrenOf(SnapshotResource parent, string type) =>
        OfType(type).Where(r => r.Id.StartsWith(parent.Id + "/", StringComparison.Ordinal));

    public IEnumerable<SnapshotResource> RoleAssignmentsOn(SnapshotResource scope) =>
        OfType("Microsoft.Authorization/roleAssignments").Where(r => r.Scope == scope.Id);

    /// <summary>Role definition GUIDs assigned on a resource.</summary>
    public IReadOnlySet<string> RolesOn(SnapshotResource scope) =>
        RoleAssignmentsOn(scope)
            .Select(r => r.Properties!["roleDefinitionId"]!.GetValue<string>().Split('/')[^1])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
