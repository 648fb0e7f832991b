using System.Text;
using DocScan.Core.Extraction;
using DocScan.Core.Formats;
using MimeKit;

namespace DocScan.Redaction.Email;

/// <summary>
/// E-mail (.eml): subject, bodies and attachments redacted, trace headers dropped, and recipients who
/// would see each other moved to Bcc. The addresses that route the message stay: a draft must still
/// reach its recipient.
/// </summary>
internal sealed class EmailDraftWriter : IDraftWriter
{
    static EmailDraftWriter()
    {
        // Big5 subjects and bodies, as the extractor reads them.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public bool CanWrite(FileFormat format) => format is FileFormat.Eml;

    public async Task<byte[]> WriteAsync(DraftInput input, CancellationToken cancellationToken)
    {
        using var message = await LoadAsync(input.Content, input.Sniff.TextEncoding, cancellationToken).ConfigureAwait(false);
        var redactor = new MessageRedactor(input, input.Sniff.TextEncoding);
        await redactor.RedactAsync(message, cancellationToken, nested: input.Depth > 0).ConfigureAwait(false);
        if (input.Plan.HidesRecipients && input.Depth == 0)
        {
            MoveRecipientsToBcc(message, input);
        }

        return await SaveAsync(message, cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<MimeMessage> LoadAsync(ReadOnlyMemory<byte> content, Encoding? encoding, CancellationToken cancellationToken)
    {
        var options = new ParserOptions { CharsetEncoding = encoding ?? Encoding.UTF8 };
        using var stream = ContentStream.Open(content);
        return await MimeMessage.LoadAsync(options, stream, cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<byte[]> SaveAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        await message.WriteToAsync(FormatOptions.Default, output, cancellationToken).ConfigureAwait(false);
        return output.ToArray();
    }

    /// <summary>Seed case 3: outside recipients in To/Cc learn who else got the message. Bcc hides them from each other.</summary>
    private static void MoveRecipientsToBcc(MimeMessage message, DraftInput input)
    {
        var recipients = message.To.Concat(message.Cc).ToList();
        if (recipients.Count == 0)
        {
            return;
        }

        message.Bcc.AddRange(recipients);
        message.To.Clear();
        message.Cc.Clear();
        message.To.Add(new GroupAddress("undisclosed-recipients"));
        input.Log.Note($"「{input.Display}」：{recipients.Count} 位收件者已由收件者／副本移至密件副本（Bcc），收件者之間互相看不到。");
    }
}
