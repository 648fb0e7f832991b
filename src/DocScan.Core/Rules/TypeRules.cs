using System.Text.Json.Serialization;

namespace DocScan.Core.Rules;

/// <summary>
/// The rules file's settings for one finding type. They extend the shipped detector: its patterns are added to
/// what it finds and its allow-list to the global one; only <see cref="Enabled"/> and <see cref="UseDefault"/> take anything away.
/// </summary>
public sealed record TypeRules
{
    /// <summary>False: the type is not looked for at all, by the shipped detector or the file's patterns.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>False: the shipped detector of the type does not run; the file's own patterns still do.</summary>
    public bool UseDefault { get; init; } = true;

    /// <summary>Matches below this confidence are dropped.</summary>
    public double? MinConfidence { get; init; }

    /// <summary>A count threshold where a type has one (recipient-exposure: external recipients in To/Cc).</summary>
    public int? Threshold { get; init; }

    /// <summary>The agency's own patterns for the type, found besides what the shipped detector finds.</summary>
    public IReadOnlyList<PatternRule> Patterns { get; init; } = [];

    /// <summary>Values of this type never reported, written as the global <see cref="ScanRules.Allow"/> is.</summary>
    public IReadOnlyList<string> Allow
    {
        get => _allow;
        init
        {
            _allow = value;
            _allowList = null;
        }
    }

    private readonly IReadOnlyList<string> _allow = [];

    // Built on first use; reset whenever Allow is set, so copies made with `with` never see a stale list.
    private AllowList? _allowList;

    [JsonIgnore]
    internal AllowList AllowList => _allowList ??= new AllowList(Allow);
}
