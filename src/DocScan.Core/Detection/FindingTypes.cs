namespace DocScan.Core.Detection;

/// <summary>The stable finding type ids of DESIGN.md.</summary>
public static class FindingTypes
{
    public const string NationalId = "national-id";
    public const string ResidentId = "resident-id";
    public const string MaskedNationalId = "masked-national-id";
}
