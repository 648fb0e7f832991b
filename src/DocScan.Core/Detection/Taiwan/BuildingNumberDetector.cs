namespace DocScan.Core.Detection.Taiwan;

/// <summary>建號 (building numbers), such as 01234-000 on a building transcript. Informational, as 地號.</summary>
internal sealed class BuildingNumberDetector() : CadastralNumberDetector('建', "tw-building-number", FindingTypes.BuildingNumber);
