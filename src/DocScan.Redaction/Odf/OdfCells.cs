using System.Xml.Linq;
using static DocScan.Core.Extraction.Odf.OdfNames;

namespace DocScan.Redaction.Odf;

/// <summary>
/// Calc shows a number, date or formula cell from its value (<c>office:value</c>, <c>office:date-value</c>,
/// <c>table:formula</c>), not from the text stored with it: masking only the text would show the value
/// again when the draft is opened. A cell whose shown text holds a value to mask becomes a plain text
/// cell, as the Excel draft turns such cells into masked text.
/// </summary>
internal static class OdfCells
{
    private static readonly XName[] ValueAttributes =
    [
        Office + "value", Office + "date-value", Office + "time-value", Office + "boolean-value", Office + "currency",
        Table + "formula",
    ];

    /// <summary>Run before masking; returns how many cells became text.</summary>
    public static int ToText(XElement root, RedactionPlan plan)
    {
        var count = 0;
        foreach (var cell in root.Descendants(Table + "table-cell"))
        {
            var type = (string?)cell.Attribute(Office + "value-type");
            if (type is null or "string" && cell.Attribute(Table + "formula") is null)
            {
                continue;
            }

            var shown = string.Concat(cell.Elements(Text + "p").Select(p => p.Value));
            if (!plan.Touches(shown) && !ValueAttributes.Any(a => (string?)cell.Attribute(a) is { } value && plan.Touches(value)))
            {
                continue;
            }

            foreach (var attribute in ValueAttributes)
            {
                cell.Attribute(attribute)?.Remove();
            }

            cell.SetAttributeValue(Office + "value-type", "string");
            // LibreOffice writes its own copy of the type (calcext:value-type); it must agree.
            foreach (var extension in cell.Attributes().Where(a => a.Name.LocalName == "value-type" && a.Name.Namespace != Office).ToList())
            {
                extension.Value = "string";
            }

            count++;
        }

        return count;
    }
}
