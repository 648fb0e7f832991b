using DocScan.Core.Detection;
using DocScan.Core.Extraction;

namespace DocScan.Core.Tests.Detection;

/// <summary>A neighbourhood reuses its normalized segments' objects after it is disposed: never while another still reads them.</summary>
public class SegmentNeighbourhoodTests
{
    private static List<TextSegment> Lines(params string[] lines) =>
        [.. lines.Select((line, i) => new TextSegment(line, SegmentSources.Body, $"L{i + 1}"))];

    [Fact]
    public void Two_neighbourhoods_alive_at_once_keep_their_own_texts()
    {
        using var first = new SegmentNeighbourhood(Lines("主旨：函送Ａ１２３號案", "說明：如附件"));
        var subject = first.Normalized(0);
        using var second = new SegmentNeighbourhood(Lines("受文者：王小明君"));

        Assert.Equal("受文者:王小明君", second.Normalized(0).Text);
        Assert.Equal("主旨:函送A123號案", subject.Text);
        Assert.NotSame(subject, second.Normalized(0));
    }

    [Fact]
    public void A_document_after_a_disposed_one_reads_only_its_own_text_and_context()
    {
        var earlier = new SegmentNeighbourhood(Lines("身分證統一編號：Ａ１２３４５６７８９", "住址：臺北市大安區和平東路二段１０６號"));
        _ = earlier.Normalized(0);
        _ = earlier.Before(1, DetectionInput.DefaultWindow).ToString();
        earlier.Dispose();

        using var later = new SegmentNeighbourhood(Lines("主旨：檢送會議紀錄１份", "說明：請查照"));
        Assert.Equal("主旨:檢送會議紀錄1份", later.Normalized(0).Text);
        Assert.Equal("說明:請查照", later.Normalized(1).Text);
        Assert.Equal("主旨:檢送會議紀錄1份", later.Before(1, DetectionInput.DefaultWindow).ToString());
        Assert.Equal("主旨：檢送會議紀錄１份", later.Normalized(0).Original);
    }

    [Fact]
    public void Disposing_empties_the_objects_it_hands_back()
    {
        var neighbourhood = new SegmentNeighbourhood(Lines("身分證統一編號：Ａ１２３４５６７８９"));
        var normalized = neighbourhood.Normalized(0);
        neighbourhood.Dispose();

        Assert.Equal("", normalized.Text);
        Assert.Equal("", normalized.Original);
    }
}
