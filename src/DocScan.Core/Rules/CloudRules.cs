using DocScan.Core.Detection;

namespace DocScan.Core.Rules;

/// <summary>
/// Whether a document's text may leave this machine for a recognizer such as Azure AI Language.
/// Configuration switches such a recognizer on; these rules can only hold text back. A document the
/// rules find a classification marking in (密, 機密, ...) is never sent, whatever they say.
/// </summary>
public sealed record CloudRules
{
    /// <summary>False: no document's text is sent off this machine, even where a recognizer is configured.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// Files and folders whose text never leaves (glob: <c>*</c>, <c>**</c>, <c>?</c>; case-insensitive).
    /// A pattern matches at any depth of the document's path unless it starts with <c>/</c>, and a
    /// folder's pattern covers everything below it: <c>人事室</c>, <c>**/機密/**</c>, <c>/srv/outbound/政風室</c>.
    /// </summary>
    public IReadOnlyList<string> ForbiddenPaths
    {
        get => _forbiddenPaths;
        init
        {
            _forbiddenPaths = value;
            _patterns = null;
        }
    }

    private readonly IReadOnlyList<string> _forbiddenPaths = [];

    /// <summary>Finding types that, once the rules find one, keep the document's text here (e.g. criminal-record, health-record).</summary>
    public IReadOnlyList<string> ForbiddenWhenFound { get; init; } = [];

    // Compiled on first use; reset whenever ForbiddenPaths is set, so copies made with `with` never see stale patterns.
    private IReadOnlyList<PathPattern>? _patterns;

    private IReadOnlyList<PathPattern> Patterns => _patterns ??= ForbiddenPaths.Select(p => new PathPattern(p)).ToList();

    /// <summary>
    /// Why the text of the document at <paramref name="location"/> must stay here, given what the
    /// rule-based detectors found in it; null when it may be sent. The reason is a code for logs.
    /// </summary>
    public string? WhyWithheld(string location, IReadOnlyList<Finding> findings)
    {
        if (!Enabled)
        {
            return "cloud-disabled";
        }

        if (findings.Any(f => f.Type == FindingTypes.ClassificationMarking))
        {
            return "classified";
        }

        if (findings.FirstOrDefault(f => ForbiddenWhenFound.Contains(f.Type)) is { } sensitive)
        {
            return "found-" + sensitive.Type;
        }

        return Patterns.Any(p => p.Matches(location)) ? "forbidden-path" : null;
    }
}
