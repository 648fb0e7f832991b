using System.Text.RegularExpressions;

namespace DocScan.Core.Extraction.Di;

/// <summary>An attachment a DI declares: <c>&lt;!ENTITY ATTCH1 SYSTEM "附件一.odt" NDATA DI&gt;</c>.</summary>
/// <param name="Name">The entity's name, as <c>附件檔名 附件名="ATTCH1"</c> refers to it.</param>
/// <param name="File">Its system identifier: the attachment's file name, beside the DI.</param>
internal sealed record DiAttachmentDeclaration(string Name, string File);

/// <summary>
/// Reads the attachments a DI declares from its internal DTD subset. They are unparsed entities
/// (<c>NDATA</c>): the XML reader neither opens nor reports them, so the subset's text is read here.
/// Parsed external entities are deliberately not collected: they would be text pulled into the
/// letter from elsewhere, and nothing outside the package is ever opened.
/// </summary>
internal static partial class DiEntityDeclarations
{
    public static IReadOnlyList<DiAttachmentDeclaration> Parse(string internalSubset)
    {
        var declarations = new List<DiAttachmentDeclaration>();
        // Comments in the subset may hold declarations that do not count.
        var declared = Comment().Replace(internalSubset, " ");
        foreach (Match match in UnparsedEntity().Matches(declared))
        {
            declarations.Add(new DiAttachmentDeclaration(match.Groups["name"].Value, match.Groups["file"].Value));
        }

        return declarations;
    }

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(
        @"<!ENTITY\s+(?<name>[^\s%>]+)\s+(?:SYSTEM|PUBLIC\s+(?:""[^""]*""|'[^']*'))\s+(?:""(?<file>[^""]*)""|'(?<file>[^']*)')\s+NDATA\s+[^\s>]+\s*>",
        RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex UnparsedEntity();
}
