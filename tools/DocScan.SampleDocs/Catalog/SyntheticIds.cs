namespace DocScan.SampleDocs.Catalog;

/// <summary>
/// The project's synthetic, checksum-valid IDs. They belong to nobody; every sample uses these and
/// nothing else, so a hit on any other ID in a sample is a generator bug.
/// </summary>
public static class SyntheticIds
{
    public const string F152601819 = "F152601819";
    public const string H259083019 = "H259083019";
    public const string A166131861 = "A166131861";
    public const string E209139090 = "E209139090";
    public const string T196030828 = "T196030828";
    public const string R246281946 = "R246281946";
    public const string K182199353 = "K182199353";
    public const string B218190937 = "B218190937";

    /// <summary>外來人口統一證號, 2021 format (second character 8 or 9).</summary>
    public const string ResidentA878657972 = "A878657972";
    public const string ResidentF954323190 = "F954323190";

    /// <summary>外來人口統一證號, the old two-letter format.</summary>
    public const string ResidentAC76018957 = "AC76018957";
    public const string ResidentFD55979710 = "FD55979710";
}
