using DocScan.Core.Extraction;
using DocScan.Core.Reporting;

namespace DocScan.Core.Tests.Reporting;

public sealed class FindingLocationTests
{
    private static readonly FindingLocation Stored = new(SegmentSources.Table, "word/document.xml", null, 0, 3);

    [Fact]
    public void A_report_stored_before_cells_were_reported_names_the_same_place_as_a_rescan()
    {
        var rescanned = Stored with { Cell = new CellPosition("word/document.xml#table1", 2, 4) };

        Assert.True(rescanned.SamePlace(Stored));
        Assert.False(rescanned.SamePlace(Stored with { Start = 4 }));
        Assert.False(rescanned.SamePlace(Stored with { Path = "word/header1.xml" }));
    }
}
