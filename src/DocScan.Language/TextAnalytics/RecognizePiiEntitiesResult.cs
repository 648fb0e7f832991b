using System.Collections.ObjectModel;

namespace DocScan.Language.TextAnalytics;

/// <summary>The result for one document: its entities, or the error that kept it from being analysed.</summary>
public class RecognizePiiEntitiesResult
{
    private readonly PiiEntityCollection? _entities;

    internal RecognizePiiEntitiesResult(string id, PiiEntityCollection entities)
    {
        Id = id;
        _entities = entities;
    }

    internal RecognizePiiEntitiesResult(string id, TextAnalyticsError error)
    {
        Id = id;
        Error = error;
        HasError = true;
    }

    public string Id { get; }

    public bool HasError { get; }

    public TextAnalyticsError Error { get; }

    /// <exception cref="InvalidOperationException">The document has an error instead (check <see cref="HasError"/>).</exception>
    public PiiEntityCollection Entities => _entities
        ?? throw new InvalidOperationException($"Document {Id} was not analysed: {Error.ErrorCode}. Check HasError first.");
}

/// <summary>The results of a batch, in the order the documents were given.</summary>
public class RecognizePiiEntitiesResultCollection : ReadOnlyCollection<RecognizePiiEntitiesResult>
{
    internal RecognizePiiEntitiesResultCollection(IList<RecognizePiiEntitiesResult> results, string modelVersion)
        : base(results)
    {
        ModelVersion = modelVersion;
    }

    public string ModelVersion { get; }
}
