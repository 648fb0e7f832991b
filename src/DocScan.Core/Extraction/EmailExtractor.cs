using System.Runtime.InteropServices;
using System.Text;
using DocScan.Core.Formats;
using MimeKit;
using MimeKit.Cryptography;
using MimeKit.Tnef;

namespace DocScan.Core.Extraction;

/// <summary>
/// Reads an e-mail message: the headers people write (senders, recipients, subject), every text and
/// HTML body, and every other part as a nested document (attachments, forwarded messages, inline files).
/// </summary>
internal sealed class EmailExtractor : IDocumentExtractor
{
    // Headers a mail client shows. Bcc is among them: a draft or sent copy keeps it, and whoever
    // receives the .eml file can read it.
    private static readonly (string Field, Func<MimeMessage, IEnumerable<InternetAddress>> Addresses)[] AddressHeaders =
    [
        ("From", m => m.From),
        ("To", m => m.To),
        ("Cc", m => m.Cc),
        ("Bcc", m => m.Bcc),
        ("Reply-To", m => m.ReplyTo),
        ("Sender", m => m.Sender is { } sender ? [sender] : []),
    ];

    // Headers clients do not show, but people write: Outlook copies the original subject to
    // Thread-Topic, and it survives an edit of Subject.
    private static readonly string[] HiddenTextHeaders = ["Thread-Topic", "Comments", "Keywords"];

    // Detached signatures hold certificates, not content anyone wrote.
    private static readonly HashSet<string> SignatureTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-signature",
    };

    static EmailExtractor()
    {
        // .NET ships only Unicode and Latin code pages; without this MimeKit decodes =?Big5?B?…?= and
        // charset=big5 bodies as Latin-1 mojibake that no detector can match.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public bool CanExtract(FileFormat format) => format is FileFormat.Eml;

    public async Task ExtractAsync(ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken)
    {
        var display = context.DocumentWords(input.Name);
        using var message = await LoadAsync(input, cancellationToken).ConfigureAwait(false);

        AddHeaders(message, context);

        var attachments = 0;
        var pending = new Stack<MimeEntity>();
        if (message.Body is { } body)
        {
            pending.Push(body);
        }

        while (pending.TryPop(out var entity))
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (entity)
            {
                case MultipartEncrypted:
                    context.AddProblem(ProblemCodes.Encrypted, $"「{display}」含有以 PGP 加密的內容，無法檢查；請以未加密的方式重新送掃。");
                    break;
                case Multipart multipart:
                    for (var i = multipart.Count - 1; i >= 0; i--)
                    {
                        pending.Push(multipart[i]);
                    }

                    break;
                case MessagePart forwarded:
                    attachments++;
                    await ExtractForwardedAsync(forwarded, attachments, context, cancellationToken).ConfigureAwait(false);
                    break;
                case TextPart text when !text.IsAttachment && (text.IsPlain || text.IsHtml):
                    AddBody(text, input.Sniff.TextEncoding, context);
                    break;
                case ApplicationPkcs7Mime secure:
                    context.AddProblem(
                        secure.SecureMimeType is SecureMimeType.EnvelopedData or SecureMimeType.AuthEnvelopedData ? ProblemCodes.Encrypted : ProblemCodes.Unsupported,
                        $"「{display}」含有以 S/MIME 加密或封裝的內容，無法檢查；請以未加密的方式重新送掃。");
                    break;
                case MimePart part when SignatureTypes.Contains(part.ContentType.MimeType):
                    break;
                case MimePart part:
                    attachments++;
                    await ExtractAttachmentAsync(part, attachments, display, context, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    private static async Task<MimeMessage> LoadAsync(ExtractionInput input, CancellationToken cancellationToken)
    {
        // Undeclared 8-bit headers are common in Big5 mail; the sniffer already knows the encoding.
        var options = new ParserOptions { CharsetEncoding = input.Sniff.TextEncoding ?? Encoding.UTF8 };
        using var stream = MemoryMarshal.TryGetArray(input.Content, out var segment) && segment.Array is { } array
            ? new MemoryStream(array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(input.Content.ToArray(), writable: false);
        try
        {
            return await MimeMessage.LoadAsync(options, stream, cancellationToken).ConfigureAwait(false);
        }
        catch (FormatException)
        {
            throw new ScanProblemException(ProblemCodes.Corrupt, "郵件格式無法解析（找不到郵件標頭），無法檢查內容。");
        }
    }

    private static void AddHeaders(MimeMessage message, ExtractionContext context)
    {
        foreach (var (field, addresses) in AddressHeaders)
        {
            context.Add(string.Join(", ", addresses(message).Select(Describe)), SegmentSources.EmailHeader, field);
        }

        context.Add(message.Subject ?? "", SegmentSources.EmailHeader, "Subject");

        foreach (var header in message.Headers)
        {
            if (HiddenTextHeaders.Contains(header.Field, StringComparer.OrdinalIgnoreCase))
            {
                context.Add(header.Value, SegmentSources.EmailHeader, header.Field, hidden: true);
            }
        }
    }

    private static string Describe(InternetAddress address) => address switch
    {
        GroupAddress group => $"{group.Name}: {string.Join(", ", group.Members.Select(Describe))};",
        MailboxAddress { Name.Length: > 0 } mailbox => $"{mailbox.Name} <{mailbox.Address}>",
        MailboxAddress mailbox => mailbox.Address,
        _ => address.ToString(),
    };

    private static void AddBody(TextPart part, Encoding? sniffedEncoding, ExtractionContext context)
    {
        // A body without a declared charset is in whatever the sender's client used, usually the file's encoding.
        var text = part.ContentType.Charset is null && sniffedEncoding is not null ? part.GetText(sniffedEncoding) : part.Text;
        if (part.IsHtml)
        {
            var html = HtmlText.Convert(text);
            foreach (var line in html.Lines)
            {
                context.Add(line, SegmentSources.EmailBody, "body/html");
            }

            foreach (var comment in html.Comments)
            {
                context.Add(comment, SegmentSources.EmailBody, "body/html/comment", hidden: true);
            }

            return;
        }

        foreach (var line in text.Split('\n'))
        {
            context.Add(line.TrimEnd('\r'), SegmentSources.EmailBody, "body/text");
        }
    }

    private static async Task ExtractForwardedAsync(MessagePart part, int number, ExtractionContext context, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        if (part.Message is { } forwarded)
        {
            await forwarded.WriteToAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        context.ChargeExpandedBytes(buffer.Length);
        var name = part.ContentDisposition?.FileName ?? part.ContentType.Name ?? $"attachment-{number}.eml";
        await context.ExtractNestedAsync(buffer.ToArray(), name, cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExtractAttachmentAsync(
        MimePart part, int number, string display, ExtractionContext context, CancellationToken cancellationToken)
    {
        var name = part.FileName ?? $"attachment-{number}";
        byte[] content;
        try
        {
            content = part is TnefPart tnef ? await ConvertTnefAsync(tnef, cancellationToken).ConfigureAwait(false)
                : await DecodeAsync(part, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            context.AddProblem(ProblemCodes.Corrupt, $"「{display}」的附件「{name}」無法解碼（{ex.GetType().Name}），未檢查。");
            return;
        }

        context.ChargeExpandedBytes(content.Length);
        await context.ExtractNestedAsync(content, name, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<byte[]> DecodeAsync(MimePart part, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        if (part.Content is { } content)
        {
            await content.DecodeToAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        return buffer.ToArray();
    }

    // Outlook's winmail.dat wraps the real body and attachments; as a message they are scanned like any other.
    private static async Task<byte[]> ConvertTnefAsync(TnefPart part, CancellationToken cancellationToken)
    {
        using var converted = part.ConvertToMessage();
        using var buffer = new MemoryStream();
        await converted.WriteToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
