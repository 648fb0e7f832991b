using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// Files cut short, as by an interrupted upload: a .docx cut at half (its zip directory is gone) and a
/// PDF cut at 60% (cross-reference table and trailer are gone). Both must be reported corrupt.
/// </summary>
public sealed class TruncatedFiles : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var docx = CleanSources.MeetingLetterDocx();
        yield return new SampleDocument("損毀的公文.docx", docx[..(docx.Length / 2)], Expectation.WithProblem(ProblemCodes.Corrupt));

        var pdf = CleanSources.AnnualReportPdf("truncated-report");
        yield return new SampleDocument("截斷的報告.pdf", pdf[..(pdf.Length * 6 / 10)], Expectation.WithProblem(ProblemCodes.Corrupt));
    }
}
