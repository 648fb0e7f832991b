namespace DocScan.Core.Extraction.Di;

/// <summary>
/// The text a DI value is scanned as. Most values are scanned as written. A 密等 value is scanned as
/// the field printed on the letter (密等：機密): in XML the element name is the label and the level
/// may stand alone (<c>&lt;密等&gt;密&lt;/密等&gt;</c>) or in an attribute (<c>&lt;密等 代碼="機密"/&gt;</c>),
/// and the classification-marking detector knows the printed field.
/// </summary>
internal static class DiFieldText
{
    public const string ClassificationElement = "密等";

    /// <summary>The label 密等 prefixes to its value; a DI draft skips it to find the written value.</summary>
    public const string ClassificationLabel = "密等：";

    public static string Of(string element, string value) =>
        element == ClassificationElement && !string.IsNullOrWhiteSpace(value) ? ClassificationLabel + value.Trim() : value;
}
