using DocScan.Core.Detection;
using DocScan.Core.Detection.Recognition;
using DocScan.Core.Extraction;

namespace DocScan.Core.Tests.Recognition;

public class FindingMergeTests
{
    private static readonly TextSegment Line = new("說明：陳情人王小明，身分證統一編號F152601819。", SegmentSources.Body, "a.txt");
    private static readonly TextSegment SameTextElsewhere = Line with { Path = "b.txt" };

    private static Finding At(string type, TextSegment segment, int start, int length, double confidence, string detector = "rules") =>
        new(type, detector, "v", "m", confidence, segment, start, length);

    [Fact]
    public void Same_span_and_type_is_counted_once_with_the_stronger_confidence()
    {
        var rule = At(FindingTypes.NationalId, Line, 17, 10, 0.9);
        var stronger = At(FindingTypes.NationalId, Line, 17, 10, 0.99, "cloud");
        var weaker = At(FindingTypes.NationalId, Line, 17, 10, 0.5, "cloud");

        Assert.Equal([stronger], FindingMerge.Merge([rule], [stronger]));
        Assert.Equal([rule], FindingMerge.Merge([rule], [weaker]));
        Assert.Equal([rule], FindingMerge.Merge([rule], [rule with { Detector = "cloud" }]));
    }

    [Fact]
    public void Overlapping_spans_of_one_type_are_one_finding()
    {
        var rule = At(FindingTypes.PersonName, Line, 6, 3, 0.8);
        var wider = At(FindingTypes.PersonName, Line, 3, 6, 0.95, "cloud");

        Assert.Equal([wider], FindingMerge.Merge([rule], [wider]));
    }

    [Fact]
    public void Other_types_other_places_and_other_segments_are_kept_apart()
    {
        var rule = At(FindingTypes.PersonName, Line, 6, 3, 0.8);
        var otherType = At(FindingTypes.Address, Line, 6, 3, 0.9, "cloud");
        var otherPlace = At(FindingTypes.PersonName, Line, 10, 3, 0.9, "cloud");
        var otherSegment = At(FindingTypes.PersonName, SameTextElsewhere, 6, 3, 0.9, "cloud");

        Assert.Equal([rule, otherType, otherPlace, otherSegment], FindingMerge.Merge([rule], [otherType, otherPlace, otherSegment]));
    }

    [Fact]
    public void A_person_the_rules_know_as_an_evaluator_is_not_also_a_private_person()
    {
        var evaluator = At(FindingTypes.EvaluatorName, Line, 6, 3, 0.9);
        var person = At(FindingTypes.PersonName, Line, 6, 3, 0.99, "cloud");

        Assert.Equal([evaluator], FindingMerge.Merge([evaluator], [person]));
    }

    [Fact]
    public void Recognized_findings_are_merged_among_themselves_too()
    {
        var first = At(FindingTypes.PersonName, Line, 6, 3, 0.7, "cloud");
        var second = At(FindingTypes.PersonName, Line, 6, 3, 0.9, "cloud");

        Assert.Equal([second], FindingMerge.Merge([], [first, second]));
    }
}
