using DocScan.Core.Extraction.OpenXml;
using DocScan.Core.Formats;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using Modern = DocumentFormat.OpenXml.Office2021.PowerPoint.Comment;

namespace DocScan.Core.Extraction;

/// <summary>
/// Reads .pptx/.pptm: per slide (Page = slide number) every paragraph of its shapes and tables,
/// its speaker notes and comments (hidden), hidden slides (hidden), slides left out of the show,
/// masters and layouts; then comment authors, document properties and the parts every OOXML
/// package can carry (charts, SmartArt, embedded documents, links); then the parts the package's
/// structure does not lead to.
/// </summary>
internal sealed class PresentationExtractor : IDocumentExtractor
{
    public bool CanExtract(FileFormat format) => format is FileFormat.Pptx or FileFormat.Pptm;

    public async Task ExtractAsync(ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken)
    {
        using var opened = OoxmlPackages.Open(input, context, stream => PresentationDocument.Open(stream, false), cancellationToken);
        var failures = new PartFailures(context, input.Name);
        if (opened.Package is { } document)
        {
            if (document.PresentationPart is { } presentation)
            {
                ReadPresentation(presentation, failures, context, cancellationToken);
            }
            else
            {
                context.AddProblem(ProblemCodes.Corrupt,
                    $"「{failures.DocumentDisplay}」找不到 PowerPoint 簡報內容（ppt/presentation.xml），投影片無法依簡報結構讀取。");
            }

            failures.Guard("docProps", () => DocumentPropertiesReader.Read(document, context));
            await PackagePartsReader.ReadAsync(document, failures, context, cancellationToken).ConfigureAwait(false);
        }

        await UnreachedPartsReader.ReadAsync(opened.Structure, failures, context, null, cancellationToken).ConfigureAwait(false);
    }

    private static void ReadPresentation(
        PresentationPart presentation, PartFailures failures, ExtractionContext context, CancellationToken cancellationToken)
    {
        var read = new HashSet<SlidePart>();
        var number = 0;
        foreach (var slideId in presentation.Presentation?.SlideIdList?.Elements<SlideId>() ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            if (slideId.RelationshipId?.Value is not { } id || !presentation.TryGetPartById(id, out var part) || part is not SlidePart slide)
            {
                context.AddProblem(ProblemCodes.Corrupt,
                    $"「{failures.DocumentDisplay}」的第 {number} 張投影片找不到內容，未能完整掃描。");
                continue;
            }

            read.Add(slide);
            var page = number;
            failures.Guard(PartPaths.PathOf(slide), () => ReadSlide(slide, page, hidden: slide.Slide?.Show?.Value == false, context));
        }

        // A slide left out of the slide list is never shown, but it leaves with the file.
        foreach (var slide in presentation.SlideParts.Where(slide => !read.Contains(slide)))
        {
            failures.Guard(PartPaths.PathOf(slide), () => ReadSlide(slide, null, hidden: true, context));
        }

        failures.Guard("ppt/slideMasters", () => ReadMasters(presentation, context, cancellationToken));
        failures.Guard(PartPaths.PathOf(presentation), () => ReadCommentAuthors(presentation, context));
    }

    private static void ReadSlide(SlidePart slide, int? page, bool hidden, ExtractionContext context)
    {
        var sink = new List<TextSegment>();
        Walk(slide, slide.Slide, page, SegmentSources.Slide, hidden, sink);
        if (slide.NotesSlidePart is { } notes)
        {
            Walk(notes, notes.NotesSlide, page, SegmentSources.Notes, hidden: true, sink);
        }

        if (slide.SlideCommentsPart is { } comments)
        {
            var path = PartPaths.PathOf(comments);
            foreach (var comment in comments.CommentList?.Elements<Comment>() ?? [])
            {
                sink.Add(new TextSegment(comment.Text?.Text ?? "", SegmentSources.Comment, path, page, Hidden: true));
            }
        }

        foreach (var modern in slide.GetPartsOfType<PowerPointCommentPart>())
        {
            Walk(modern, modern.CommentList, page, SegmentSources.Comment, hidden: true, sink);
        }

        sink.AddTo(context);
    }

    /// <summary>
    /// Text placed on a master or layout shows on every slide that uses it; the prompt text of their
    /// placeholders ("按一下以新增標題") never does.
    /// </summary>
    private static void ReadMasters(PresentationPart presentation, ExtractionContext context, CancellationToken cancellationToken)
    {
        var sink = new List<TextSegment>();
        var layouts = new HashSet<SlideLayoutPart>();
        foreach (var master in presentation.SlideMasterParts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WalkTemplate(master, master.SlideMaster, sink);
            foreach (var layout in master.SlideLayoutParts.Where(layouts.Add))
            {
                WalkTemplate(layout, layout.SlideLayout, sink);
            }
        }

        if (presentation.NotesMasterPart is { } notesMaster)
        {
            WalkTemplate(notesMaster, notesMaster.NotesMaster, sink);
        }

        if (presentation.HandoutMasterPart is { } handoutMaster)
        {
            WalkTemplate(handoutMaster, handoutMaster.HandoutMaster, sink);
        }

        sink.AddTo(context);
    }

    private static void WalkTemplate(OpenXmlPart part, OpenXmlElement? root, List<TextSegment> sink)
    {
        if (root is not null)
        {
            var walker = new DrawingText(PartPaths.PathOf(part), null) { IsHiddenShape = IsPlaceholder };
            walker.Walk(root, SegmentSources.Slide, hidden: false, sink);
        }
    }

    private static bool IsPlaceholder(OpenXmlElement element) =>
        element is Shape { NonVisualShapeProperties.ApplicationNonVisualDrawingProperties.PlaceholderShape: not null };

    private static void Walk(OpenXmlPart part, OpenXmlElement? root, int? page, string source, bool hidden, List<TextSegment> sink)
    {
        if (root is not null)
        {
            new DrawingText(PartPaths.PathOf(part), page).Walk(root, source, hidden, sink);
        }
    }

    private static void ReadCommentAuthors(PresentationPart presentation, ExtractionContext context)
    {
        if (presentation.CommentAuthorsPart is { CommentAuthorList: { } legacy } legacyPart)
        {
            var path = $"{PartPaths.PathOf(legacyPart)}#author";
            foreach (var author in legacy.Elements<CommentAuthor>())
            {
                context.Add(author.Name?.Value ?? "", SegmentSources.Metadata, path, hidden: true);
            }
        }

        foreach (var part in presentation.GetPartsOfType<PowerPointAuthorsPart>())
        {
            var path = PartPaths.PathOf(part);
            foreach (var author in part.AuthorList?.Elements<Modern.Author>() ?? [])
            {
                context.Add(author.Name?.Value ?? "", SegmentSources.Metadata, $"{path}#author", hidden: true);
                context.Add(author.UserId?.Value ?? "", SegmentSources.Metadata, $"{path}#userId", hidden: true);
            }
        }
    }
}
