namespace DocScan.SampleDocs.Catalog;

/// <summary>Every timestamp in the samples is fixed, so regenerating gives the same files.</summary>
public static class SampleClock
{
    /// <summary>民國113年5月20日 09:30 in Taipei.</summary>
    public static readonly DateTimeOffset Issued = new(2024, 5, 20, 9, 30, 0, TimeSpan.FromHours(8));

    /// <summary>Timestamp of every zip entry (zip stores local wall-clock time).</summary>
    public static readonly DateTimeOffset ZipEntryTime = new(2024, 5, 20, 9, 30, 0, TimeSpan.Zero);

    public static string W3c(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");

    public const int RandomSeed = 20240520;
}
