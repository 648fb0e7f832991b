using DocScan.Core.Detection;
using DocScan.Core.Extraction;

namespace DocScan.SampleDocs.Catalog;

/// <summary>Names, land records, sensitive records, markings, and what belongs to a document as a whole.</summary>
public sealed partial class Plantings
{
    /// <summary>A private person's name in a role the document deals with (申請人, 所有權人, a 姓名 column).</summary>
    public string Name(string name, string source, bool hiddenSheet = false) =>
        Record(FindingTypes.PersonName, FindingMasks.Name(name), source, name, hiddenSheet);

    /// <summary>The name of a procurement evaluation committee member.</summary>
    public string Evaluator(string name, string source) =>
        Record(FindingTypes.EvaluatorName, FindingMasks.Name(name), source, name);

    /// <summary>
    /// 地號 as printed: with its 地號 (大安段一小段0123-0000地號), or the bare number of a 地號 field or
    /// column. <paramref name="masked"/> is what the report should show, written out by hand from the display
    /// rule (the section stays, sub-numbers and the tail of a number without one are starred, a bare number is
    /// completed with 地號), so expected.json does not repeat the product's masking code.
    /// </summary>
    public string LandParcel(string printed, string masked, string source) => Record(FindingTypes.LandParcel, masked, source, printed);

    /// <summary>建號, as <see cref="LandParcel"/>.</summary>
    public string BuildingNumber(string printed, string masked, string source) => Record(FindingTypes.BuildingNumber, masked, source, printed);

    /// <summary>A criminal record stated about a named person (有竊盜前科3犯); the report shows a label only.</summary>
    public string CriminalRecord(string phrase, string source) => Record(FindingTypes.CriminalRecord, "〔前科紀錄〕", source, phrase);

    /// <summary>Medical data stated about a named person (經診斷為…); the report shows a label only.</summary>
    public string HealthRecord(string phrase, string source) => Record(FindingTypes.HealthRecord, "〔病歷健康資料〕", source, phrase);

    /// <summary>A 密等 field or stamp; <paramref name="level"/> is 密, 機密, 極機密 or 絕對機密.</summary>
    public string Marking(string printed, string level, string source) =>
        level is "密" or "機密" or "極機密" or "絕對機密" && printed.Contains(level, StringComparison.Ordinal)
            ? Record(FindingTypes.ClassificationMarking, $"密等：{level}", source, printed)
            : throw new ArgumentException($"{printed} does not carry the level {level}.", nameof(printed));

    /// <summary>A VBA project in the document: reported against the file itself, as hidden content.</summary>
    public void VbaProject() => Record(FindingTypes.Macro, "VBA 巨集專案", SegmentSources.Metadata, "");

    /// <summary>One message whose To and Cc show <paramref name="external"/> outside addresses to each other.</summary>
    public void RecipientExposure(int external) =>
        Record(FindingTypes.RecipientExposure, $"{external} 位外部收件者（To/Cc）", SegmentSources.EmailHeader, "");
}
