namespace DocScan.Language.TextAnalytics;

/// <summary>One document of a batch: an id unique within the request, its text and language.</summary>
public class TextDocumentInput
{
    public TextDocumentInput(string id, string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
    }

    public string Id { get; }

    public string Text { get; }

    /// <summary>The document's language; <see cref="TextAnalyticsClientOptions.DefaultLanguage"/> when null.</summary>
    public string? Language { get; set; }
}
