using UglyToad.PdfPig;
using UglyToad.PdfPig.AcroForms.Fields;

namespace DocScan.Core.Extraction;

/// <summary>
/// Values typed into a fillable PDF form (申請書). They show on the page, but live in the form, not in
/// the page's content stream, so the page text does not include them.
/// </summary>
internal static class PdfFormFields
{
    private const int MaxFieldDepth = 32;

    public static List<(string Name, string Value, int? Page)> Read(PdfDocument document)
    {
        var values = new List<(string, string, int?)>();
        if (!document.TryGetForm(out var form))
        {
            return values;
        }

        var pending = new Stack<(AcroFieldBase Field, int Depth)>(form.Fields.Reverse().Select(f => (f, 0)));
        while (pending.TryPop(out var item))
        {
            var (field, depth) = item;
            var name = field.Information.PartialName ?? "field";
            switch (field)
            {
                case AcroNonTerminalField parent:
                    if (depth >= MaxFieldDepth)
                    {
                        throw new InvalidDataException("The form's field tree nests deeper than any real form.");
                    }

                    foreach (var child in parent.Children.Reverse())
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
                case AcroTextField text when !string.IsNullOrWhiteSpace(text.Value):
                    values.Add((name, text.Value, field.PageNumber));
                    break;
                case AcroComboBoxField combo:
                    values.AddRange(combo.SelectedOptions.Select(o => (name, o, field.PageNumber)));
                    break;
                case AcroListBoxField list:
                    values.AddRange(list.SelectedOptions.Select(o => (name, o, field.PageNumber)));
                    break;
            }
        }

        return values;
    }
}
