using System.Collections.ObjectModel;

namespace DocScan.Language.TextAnalytics;

/// <summary>The entities of one document, with the text as the service would redact it and its warnings.</summary>
public class PiiEntityCollection : ReadOnlyCollection<PiiEntity>
{
    internal PiiEntityCollection(IList<PiiEntity> entities, string redactedText, IReadOnlyCollection<TextAnalyticsWarning> warnings)
        : base(entities)
    {
        RedactedText = redactedText;
        Warnings = warnings;
    }

    public string RedactedText { get; }

    public IReadOnlyCollection<TextAnalyticsWarning> Warnings { get; }
}
