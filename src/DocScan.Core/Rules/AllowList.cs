using System.Security.Cryptography;
using System.Text;

namespace DocScan.Core.Rules;

/// <summary>
/// Allow-list entries prepared for look-up: values compared in their canonical form (NFKC, spaces and dashes
/// removed, case-insensitive) and <c>sha256:</c> digests of that form, so that a list of allowed personal data
/// need not spell the data out.
/// </summary>
public sealed class AllowList
{
    /// <summary>How an entry that holds a digest instead of a value starts.</summary>
    public const string HashPrefix = "sha256:";

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private readonly HashSet<string> _values;
    private readonly HashSet<string> _hashes;

    public AllowList(IReadOnlyList<string> entries)
    {
        _values = entries.Where(a => !IsHash(a)).Select(Canonical).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _hashes = entries.Where(IsHash).Select(a => a[HashPrefix.Length..]).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public bool IsEmpty => _values.Count == 0 && _hashes.Count == 0;

    public bool Contains(string normalizedValue)
    {
        if (IsEmpty)
        {
            return false;
        }

        var canonical = Canonical(normalizedValue);
        return _values.Contains(canonical) || (_hashes.Count > 0 && _hashes.Contains(Hash(canonical)[HashPrefix.Length..]));
    }

    /// <summary>
    /// The entry that allows <paramref name="value"/> without holding it: <c>sha256:</c> and the lowercase hex SHA-256 of
    /// the UTF-8 bytes of its canonical form (<see cref="Canonical"/>), upper-cased (invariant culture). A digest of a short identifier
    /// is easily reversed by trying every candidate, so a list of them is kept as private as the documents, though it is no secret.
    /// </summary>
    public static string Hash(string value) =>
        HashPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(value).ToUpperInvariant())));

    /// <summary>Whether an entry is a digest (<see cref="Hash"/>) rather than a value.</summary>
    public static bool IsHash(string entry) => entry.StartsWith(HashPrefix, StringComparison.Ordinal);

    /// <summary>Whether an entry is <c>sha256:</c> and exactly 64 hex digits.</summary>
    public static bool IsWellFormedHash(string entry) =>
        IsHash(entry) && entry.Length == HashPrefix.Length + 64 && !entry.AsSpan(HashPrefix.Length).ContainsAnyExcept(HexDigits);

    /// <summary>The canonical form entries and values are compared in.</summary>
    public static string Canonical(string value) =>
        new(value.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
}
