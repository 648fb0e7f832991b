using System.Text.Json.Nodes;

namespace DocScan.Infra.Tests;

/// <summary>One resource of a deployment snapshot, as the ARM engine predicted it.</summary>
internal sealed record SnapshotResource(string Id, string Type, string Name, JsonObject Body)
{
    public static SnapshotResource From(JsonNode? node)
    {
        var body = node as JsonObject ?? throw new InvalidOperationException($"Not a resource: {node?.ToJsonString()}");
        return new SnapshotResource(
            body["id"]!.GetValue<string>(),
            body["type"]!.GetValue<string>(),
            body["name"]!.GetValue<string>(),
            body);
    }

    /// <summary>The last segment of the name: "account/default/audit" -> "audit".</summary>
    public string ShortName => Name.Split('/')[^1];

    public JsonNode? Properties => Body["properties"];

    /// <summary>The resource an extension resource (role assignment, diagnostic setting) is attached to.</summary>
    public string Scope => Id[..Id.LastIndexOf("/providers/", StringComparison.Ordinal)];

    public override string ToString() => $"{Type} {Name}";
}
