namespace DocScan.SampleDocs.Catalog;

/// <summary>Roles of findings that are no private person's data (DESIGN.md "role"), as expected.json spells them.</summary>
public static class FindingRoles
{
    /// <summary>An agency's own data, or an official's in role: an office phone, the letterhead.</summary>
    public const string Official = "official";
}
