using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace DocScan.Core.Rules;

/// <summary>
/// An agency's pattern for a finding type, as gitleaks' rules are: a regular expression, optionally a checksum
/// the match must pass, words that must occur near it, and keywords without which a piece of text is not searched.
/// </summary>
public sealed record PatternRule
{
    /// <summary>How near a context word must be when the file does not say: about a line of a 公文.</summary>
    public const int DefaultWithin = 50;

    public const double DefaultConfidence = 0.8;

    /// <summary>
    /// .NET regular expression over the normalized text (NFKC: full-width letters and digits are already half-width).
    /// Run without backtracking, so that no document can make it run away; back-references and look-arounds are refused at load.
    /// </summary>
    public string Regex
    {
        get => _regex;
        init
        {
            _regex = value;
            _compiled = null;
        }
    }

    private readonly string _regex = "";

    /// <summary>A checksum the match must pass.</summary>
    public PatternValidator? Validator { get; init; }

    /// <summary>Words of which one must occur within <see cref="Within"/> characters of the match (its segment, its neighbours, its column header); none: no such condition.</summary>
    public IReadOnlyList<string> Context { get; init; } = [];

    public int Within { get; init; } = DefaultWithin;

    /// <summary>Words of which one must occur in the piece of text for the pattern to be tried at all (gitleaks' keywords); none: always tried.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    public double Confidence { get; init; } = DefaultConfidence;

    // Compiled on first use; reset whenever Regex is set, so copies made with `with` never see a stale one.
    private Regex? _compiled;

    /// <exception cref="ArgumentException">The expression is not valid, or needs backtracking.</exception>
    [JsonIgnore]
    internal Regex Compiled => _compiled ??= new Regex(Regex, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
}

/// <summary>The checksums a rules file's pattern may ask a match to pass.</summary>
public enum PatternValidator
{
    /// <summary>國民身分證統一編號 check digit.</summary>
    NationalId,

    /// <summary>居留證統一證號 check digit, old and 2021 formats.</summary>
    ResidentId,

    /// <summary>營利事業統一編號 check digit.</summary>
    Ubn,

    /// <summary>The Luhn check of payment card numbers.</summary>
    Luhn,
}
