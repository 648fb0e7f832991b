using DocumentFormat.OpenXml.Packaging;

namespace DocScan.Core.Extraction.OpenXml;

/// <summary>
/// Document properties (File → Info): core, app (Company, Manager) and custom ones. Nobody sees
/// them in the document, so every value is a hidden <c>metadata</c> segment with a path such as
/// <c>docProps/core.xml#creator</c>.
/// </summary>
internal static class DocumentPropertiesReader
{
    // Word names the core part docProps/core.xml; System.IO.Packaging writers give it a GUID name that
    // means nothing to a reader, so reports always use the usual name.
    private const string CorePath = "docProps/core.xml";

    public static void Read(OpenXmlPackage package, ExtractionContext context)
    {
        ReadCore(package, context);
        foreach (var app in package.GetPartsOfType<ExtendedFilePropertiesPart>())
        {
            var path = PartPaths.PathOf(app);
            var properties = app.Properties;
            Add(context, path, "Company", properties.Company?.Text);
            Add(context, path, "Manager", properties.Manager?.Text);
            Add(context, path, "HyperlinkBase", properties.HyperlinkBase?.Text);
        }

        foreach (var custom in package.GetPartsOfType<CustomFilePropertiesPart>())
        {
            var path = PartPaths.PathOf(custom);
            foreach (var property in custom.Properties.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>())
            {
                Add(context, path, property.Name?.Value ?? "", property.InnerText);
            }
        }
    }

    private static void ReadCore(OpenXmlPackage package, ExtractionContext context)
    {
        var core = package.PackageProperties;
        Add(context, CorePath, "title", core.Title);
        Add(context, CorePath, "subject", core.Subject);
        Add(context, CorePath, "creator", core.Creator);
        Add(context, CorePath, "keywords", core.Keywords);
        Add(context, CorePath, "description", core.Description);
        Add(context, CorePath, "lastModifiedBy", core.LastModifiedBy);
        Add(context, CorePath, "category", core.Category);
    }

    private static void Add(ExtractionContext context, string path, string name, string? value)
    {
        if (value is not null)
        {
            context.Add(value, SegmentSources.Metadata, $"{path}#{name}", hidden: true);
        }
    }
}
