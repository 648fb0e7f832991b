using System.Text;
using System.Text.RegularExpressions;

namespace DocScan.Core.Tests.Fuzz;

/// <summary>Which damage suits a file (by its bytes, as DocScan sniffs it, not by its extension) and applying one.</summary>
internal static partial class Mutators
{
    /// <summary>The format-aware kinds for this content, then the byte-level ones every file gets.</summary>
    public static IReadOnlyList<string> KindsFor(byte[] content, string name) => [.. StructuredKinds(content, name), .. ByteMutator.Kinds];

    public static Mutation Apply(string kind, byte[] content, string name, Random random, int depth = 0)
    {
        if (ByteMutator.Kinds.Contains(kind))
        {
            return ByteMutator.Apply(kind, content, random);
        }

        if (kind == TextMutator.InvalidBytes)
        {
            return TextMutator.Apply(content, random);
        }

        if (MimeMutator.Kinds.Contains(kind))
        {
            return MimeMutator.Apply(kind, content, random, depth);
        }

        if (ZipMutator.Kinds.Contains(kind))
        {
            return ZipMutator.Apply(kind, content, ZipMutator.Read(content) ?? throw new InvalidOperationException("not a zip"), random, depth);
        }

        return PdfMutator.Apply(kind, PdfFile.Parse(content) ?? throw new InvalidOperationException("not a PDF this test can rewrite"), random);
    }

    /// <summary>One format-aware damage chosen at random (a nested document, an attachment); byte damage if the format has none.</summary>
    public static Mutation MutateStructured(byte[] content, string name, Random random, int depth)
    {
        var kinds = StructuredKinds(content, name);
        var kind = kinds.Count > 0 ? kinds[random.Next(kinds.Count)] : ByteMutator.Kinds[random.Next(ByteMutator.Kinds.Length)];
        return Apply(kind, content, name, random, depth);
    }

    public static bool IsDocument(byte[] data, string name) => IsZip(data) || data.AsSpan().StartsWith("%PDF-"u8) || IsMessage(data, name);

    private static IReadOnlyList<string> StructuredKinds(byte[] content, string name)
    {
        if (IsZip(content) && ZipMutator.Read(content) is { Count: > 0 })
        {
            return ZipMutator.Kinds;
        }

        if (content.AsSpan().StartsWith("%PDF-"u8))
        {
            return PdfFile.Parse(content) is { } pdf ? PdfMutator.KindsFor(pdf) : [];
        }

        if (IsMessage(content, name))
        {
            return MimeMutator.Kinds;
        }

        return name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            ? TextMutator.Kinds
            : [];
    }

    private static bool IsZip(byte[] data) => data.AsSpan().StartsWith("PK\u0003\u0004"u8);

    private static bool IsMessage(byte[] data, string name) =>
        name.EndsWith(".eml", StringComparison.OrdinalIgnoreCase)
        || MessageHeaders().IsMatch(Encoding.Latin1.GetString(data, 0, Math.Min(data.Length, 2048)));

    [GeneratedRegex(@"\A(?:[A-Za-z-]+:[^\n]*\n(?:[ \t][^\n]*\n)*){2,}", RegexOptions.None)]
    private static partial Regex MessageHeaders();
}
