using DocScan.Core.Extraction.Packages;

namespace DocScan.Core.Extraction.Di;

/// <summary>
/// Scans the attachments a DI declares as part of it, taken from the package it came in (its zip or
/// folder). A declared attachment that did not come with it cannot be checked, yet would leave with
/// the letter through the exchange: a problem, so the verdict is at least review.
/// </summary>
internal static class DiAttachments
{
    public static async Task ScanAsync(
        IReadOnlyList<DiAttachmentDeclaration> attachments, string display, ExtractionContext context, CancellationToken cancellationToken)
    {
        foreach (var attachment in attachments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = context.Package?.Take(attachment.File, cancellationToken) ?? PackageFile.Missing;
            switch (file.State)
            {
                case PackageFileState.Found:
                    await context.ExtractNestedAsync(file.Content, attachment.File, cancellationToken).ConfigureAwait(false);
                    break;
                case PackageFileState.Missing:
                    // Its name is declared in the letter and leaves with it.
                    context.Add(attachment.File, SegmentSources.Attachment, attachment.File);
                    context.AddProblem(ProblemCodes.MissingAttachment,
                        $"「{display}」宣告的附件「{attachment.File}」未一併送掃，無法檢查其內容；請將公文（.di）與全部附件放在同一資料夾或壓縮成一個 zip 後重新送掃。");
                    break;
            }
        }
    }
}
