using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace DocScan.Core.Extraction;

/// <summary>A file specification found in a PDF, not yet decoded.</summary>
/// <param name="Key">Its key in the EmbeddedFiles name tree, the fallback for a missing file name.</param>
internal sealed record PdfFileSpec(DictionaryToken Dictionary, string? Key);

/// <summary>
/// Files carried inside a PDF: the catalog's EmbeddedFiles name tree (the viewer's attachments panel)
/// and file-attachment annotations on pages (the paper-clip icons).
/// </summary>
internal static class PdfEmbeddedFiles
{
    private const int MaxNameTreeDepth = 32;

    public static List<PdfFileSpec> FromNameTree(PdfDocument document, PdfObjectReader reader)
    {
        var found = new List<PdfFileSpec>();
        var names = reader.Get<DictionaryToken>(document.Structure.Catalog.CatalogDictionary, "Names");
        if (names is not null && reader.Get<DictionaryToken>(names, "EmbeddedFiles") is { } root)
        {
            Walk(root, depth: 0, [], reader, found);
        }

        return found;
    }

    public static PdfFileSpec? FromAnnotation(DictionaryToken annotation, PdfObjectReader reader) =>
        reader.Get<DictionaryToken>(annotation, "FS") is { } spec ? new PdfFileSpec(spec, null) : null;

    /// <summary>
    /// The embedded stream's object, so a file listed both in the name tree and on a page is read once;
    /// null when the specification only points at a file outside the PDF.
    /// </summary>
    public static IndirectReference? StreamReference(PdfFileSpec spec, PdfObjectReader reader) =>
        reader.Get<DictionaryToken>(spec.Dictionary, "EF") is { } ef && StreamToken(ef) is IndirectReferenceToken reference
            ? reference.Data
            : null;

    public static (string? Name, ReadOnlyMemory<byte> Content)? Read(PdfFileSpec spec, PdfObjectReader reader)
    {
        if (reader.Get<DictionaryToken>(spec.Dictionary, "EF") is not { } ef || reader.Resolve<StreamToken>(StreamToken(ef)) is not { } stream)
        {
            return null;
        }

        // UF is the Unicode name; F is often in the author's legacy code page (Big5 bytes read as PDFDocEncoding).
        var name = reader.Text(spec.Dictionary, "UF") ?? reader.Text(spec.Dictionary, "F") ?? spec.Key;
        return (name, reader.Decode(stream));
    }

    private static IToken? StreamToken(DictionaryToken ef) =>
        ef.TryGet(NameToken.Create("UF"), out var unicode) ? unicode
        : ef.TryGet(NameToken.Create("F"), out var plain) ? plain
        : null;

    private static void Walk(DictionaryToken node, int depth, HashSet<IndirectReference> visited, PdfObjectReader reader, List<PdfFileSpec> found)
    {
        if (depth > MaxNameTreeDepth)
        {
            throw new InvalidDataException("The EmbeddedFiles name tree nests deeper than any real document.");
        }

        if (reader.Get<ArrayToken>(node, "Names") is { } names)
        {
            for (var i = 0; i + 1 < names.Length; i += 2)
            {
                if (reader.Resolve<DictionaryToken>(names[i + 1]) is { } spec)
                {
                    found.Add(new PdfFileSpec(spec, reader.Text(names[i])));
                }
            }
        }

        if (reader.Get<ArrayToken>(node, "Kids") is { } kids)
        {
            foreach (var kid in kids.Data)
            {
                // A kid pointing back up the tree would otherwise be walked until the depth limit, many times over.
                if ((kid is not IndirectReferenceToken reference || visited.Add(reference.Data))
                    && reader.Resolve<DictionaryToken>(kid) is { } child)
                {
                    Walk(child, depth + 1, visited, reader, found);
                }
            }
        }
    }
}
