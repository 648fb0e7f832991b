namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// 地號 (land parcel numbers). Informational: a parcel number is public land-register data; it
/// becomes a leak through the owner's name and ID beside it, which other detectors find (seed case 4).
/// </summary>
internal sealed class LandParcelDetector() : CadastralNumberDetector('地', "tw-land-parcel", FindingTypes.LandParcel);
