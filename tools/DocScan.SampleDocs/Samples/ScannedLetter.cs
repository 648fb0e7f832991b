using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Packaging;
using DocScan.SampleDocs.Pdf;

namespace DocScan.SampleDocs.Samples;

/// <summary>A scanned letter: one PDF page holding only an image, no text layer, so it needs OCR before it can be judged.</summary>
public sealed class ScannedLetter : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        using var pdf = new PdfComposer("掃描公文", "收發室");
        pdf.ImagePage(ScannedPageImage.Png(SampleClock.RandomSeed));
        yield return new SampleDocument("掃描公文.pdf", pdf.BuildWithoutFooter("scanned-letter"), Expectation.WithProblem(ProblemCodes.NeedsOcr));
    }
}
