using System.Text.RegularExpressions;
using DocScan.Core.Extraction;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// A classification marking: the 密等 field of an official document (密等及解密條件或保密期限：機密)
/// or a stamp standing alone on a line (機密, 極機密). Levels are those of 國家機密保護法 (絕對機密,
/// 極機密, 機密) and the general official-secret level 密. 普通 and an empty field are not markings;
/// 限閱 restricts circulation but is no secrecy level, so it is not one either. Prose about secrecy
/// (公務機密維護, 應保守秘密, 洩密, 機密資料之保護) has no field or stamp and is never matched.
/// </summary>
internal sealed partial class ClassificationMarkingDetector : IDetector
{
    // A lone 密 is a stamp only where stamps go: the page header, or the top of the text.
    private const int TopOfText = 120;

    public string Id => "tw-classification-marking";

    public string FindingType => FindingTypes.ClassificationMarking;

    // Every level and every field name holds 密.
    private static readonly Keywords Secret = ["密"];

    public DetectorRequirements Requirements => new(Secret);

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        var text = input.Text;
        if (text.Contains('等'))
        {
            foreach (Match field in Field().Matches(text))
            {
                var level = field.Groups["level"].Value;
                found.Add(new DetectorMatch(field.Index, field.Length, level, $"密等：{level}", 0.97));
            }
        }

        if (text.Length <= 16 && Stamp().Match(text) is { Success: true } stamp)
        {
            var level = string.Concat(stamp.Groups["level"].Value.Where(c => c != ' '));
            var inHeader = input.Segment.Source is SegmentSources.Header or SegmentSources.Footer;
            if (level != "密" || inHeader || input.BeforeSpan.Length < TopOfText)
            {
                var printed = stamp.Groups["level"];
                found.Add(new DetectorMatch(printed.Index, printed.Length, level, $"密等：{level}", inHeader ? 0.95 : 0.9));
            }
        }
    }

    // 密等：機密, 密　　等：機密 (a fixed-width form), 密等及解密條件或保密期限：極機密（本件至114年12月31日解密）, 機密等級：密.
    // The level must end the word: 密等：密件 is 密, but 密等：機密性 is not a level.
    [GeneratedRegex(
        @"(?:密[ \t]*等|(?:機密|保密)等級)(?:及解密條件(?:或保密期限)?)?[ \t]*:[ \t]*(?<level>絕對機密|極機密|機密|密)(?:件)?(?![\p{IsCJKUnifiedIdeographs}])(?:[ \t]*\([^)]{0,60}\))?",
        RegexOptions.CultureInvariant)]
    private static partial Regex Field();

    // A line holding only the stamp, possibly spaced (機 密) or bracketed (【機密】, 〔密〕).
    [GeneratedRegex(@"^[ \t]*[【〔\[(]?[ \t]*(?<level>絕[ \t]*對[ \t]*機[ \t]*密|極[ \t]*機[ \t]*密|機[ \t]*密|密)[ \t]*[】〕\])]?[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();
}
