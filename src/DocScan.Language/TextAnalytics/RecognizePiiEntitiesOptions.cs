namespace DocScan.Language.TextAnalytics;

/// <summary>What the service looks for and how it treats the text.</summary>
public class RecognizePiiEntitiesOptions
{
    /// <summary>Only these categories are returned; empty means every category the service knows.</summary>
    public IList<PiiEntityCategory> CategoriesFilter { get; } = new List<PiiEntityCategory>();

    /// <summary>Model version to use; null means the service's latest.</summary>
    public string? ModelVersion { get; set; }

    /// <summary>Asks the service not to log the input text. Null leaves the service's default.</summary>
    public bool? DisableServiceLogs { get; set; }
}
