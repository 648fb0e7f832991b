using System.Xml;

namespace DocScan.Core.Extraction.Di;

/// <summary>
/// How a DI is parsed. The internal DTD subset is parsed, since that is where a DI declares its
/// attachments, but nothing outside the file is ever fetched: no resolver, so neither the external
/// DTD (104_2_utf8.dtd, usually absent anyway) nor an external entity (a <c>file://</c> or
/// <c>http://</c> URL planted in the subset) is opened. Entity expansion is bounded, so a
/// "billion laughs" subset fails fast instead of filling memory.
/// </summary>
internal static class DiReaderSettings
{
    /// <summary>
    /// Characters entities may expand to in one DI. Real DIs use no text entities at all; a
    /// hand-written one may abbreviate an agency's name, a few hundred characters at most.
    /// </summary>
    public const long MaxCharactersFromEntities = 100_000;

    public static XmlReaderSettings Create() => new()
    {
        DtdProcessing = DtdProcessing.Parse,
        XmlResolver = null,
        MaxCharactersFromEntities = MaxCharactersFromEntities,
        ValidationType = ValidationType.None,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = true,
    };

    /// <summary>
    /// Whether the reader stopped at the entity bound. XmlException has no subtype for it; its message
    /// names the setting, in every language the runtime speaks.
    /// </summary>
    public static bool IsEntityLimit(XmlException exception) =>
        exception.Message.Contains(nameof(XmlReaderSettings.MaxCharactersFromEntities), StringComparison.Ordinal);
}
