using System.Text.RegularExpressions;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// 車牌號碼: cars and heavy motorcycles since 2012 (ABC-1234), older cars (AB-1234, 1234-AB, A1-2345
/// style mixes) and motorcycles (ABC-123, 123-ABC). Plates never use I or O. Short letter-digit codes
/// are everywhere (model numbers, standards), so a vehicle word must be near.
/// </summary>
internal sealed partial class VehiclePlateDetector : IDetector
{
    private static readonly Keywords Context = ["車號", "車牌", "牌照", "車輛", "號牌"];

    public string Id => "tw-vehicle-plate";

    public string FindingType => FindingTypes.VehiclePlate;

    // Every plate shape has three digits in a row at least.
    public DetectorRequirements Requirements => new(Number: new(3), WordInDocument: Context);

    public IEnumerable<Keywords> Keywords => [Context];

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        var text = input.Text;
        if (text.AsSpan().IndexOfAnyInRange('A', 'Z') < 0)
        {
            return;
        }

        foreach (var match in Candidate().EnumerateMatches(text))
        {
            var plate = text.AsSpan(match.Index, match.Length);
            if (plate.IndexOfAny('I', 'O') >= 0 || !input.HasContext(match.Index, match.Length, Context, 30))
            {
                continue;
            }

            var value = plate.Contains('-') ? plate.ToString() : string.Concat(plate[..3], "-", plate[3..]);
            var dash = value.IndexOf('-');
            var masked = $"{value[0]}{new string('*', dash - 1)}-{new string('*', value.Length - dash - 3)}{value[^2..]}";
            found.Add(new DetectorMatch(match.Index, match.Length, value, masked, 0.9));
        }
    }

    [GeneratedRegex(
        @"(?<![0-9A-Za-z\-])(?:" +
        @"[A-Z]{2,3}-[0-9]{4}|[0-9]{4}-[A-Z]{2}|[A-Z]{3}-[0-9]{3}|[0-9]{3}-[A-Z]{3}" +
        @"|[A-Z][0-9]-[0-9]{4}|[0-9][A-Z]-[0-9]{4}|[0-9]{4}-[A-Z][0-9]|[0-9]{4}-[0-9][A-Z]" +
        @"|[A-Z]{3}[0-9]{4}" +
        @")(?![0-9A-Za-z]|-[0-9A-Za-z])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
