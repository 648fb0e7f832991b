namespace DocScan.Storage.Review;

/// <summary>The roles the review workflow knows, named as in the Entra ID app roles.</summary>
public static class ReviewRoles
{
    public const string Uploader = "uploader";
    public const string Reviewer = "reviewer";
    public const string Auditor = "auditor";
}

/// <summary>Who is asking, as the host's authentication established it; the service never takes a name from the request body.</summary>
public sealed record ReviewCaller(string Name, IReadOnlyCollection<string> Roles)
{
    public bool Has(string role) => Roles.Contains(role, StringComparer.OrdinalIgnoreCase);
}
