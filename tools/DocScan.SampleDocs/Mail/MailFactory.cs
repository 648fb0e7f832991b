using System.Text;
using DocScan.SampleDocs.Catalog;
using MimeKit;
using MimeKit.Text;

namespace DocScan.SampleDocs.Mail;

/// <summary>
/// E-mails as agency mail systems send them, with every generated value (date, message ID, MIME
/// boundaries) fixed so regenerating gives the same bytes.
/// </summary>
public static class MailFactory
{
    public static readonly Encoding Big5 = Encoding.GetEncoding("big5", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    public static MimeMessage Message(MailboxAddress from, IEnumerable<MailboxAddress> to, string subject, string messageId,
        Encoding? subjectCharset = null)
    {
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.AddRange(to);
        message.Date = SampleClock.Issued;
        message.MessageId = messageId;
        if (subjectCharset is null)
        {
            message.Subject = subject;
        }
        else
        {
            message.Headers.Replace(new Header(subjectCharset, HeaderId.Subject, subject));
        }

        message.Headers.Add("X-Mailer", "Microsoft Outlook 16.0");
        return message;
    }

    public static TextPart PlainText(string text, Encoding? charset = null, ContentEncoding encoding = ContentEncoding.Base64)
    {
        var part = new TextPart(TextFormat.Plain) { ContentTransferEncoding = encoding };
        part.SetText(charset ?? Encoding.UTF8, text);
        return part;
    }

    public static TextPart Html(string html)
    {
        var part = new TextPart(TextFormat.Html) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.SetText(Encoding.UTF8, html);
        return part;
    }

    /// <summary>An attachment with its name encoded the way Outlook does (RFC 2047 in quotes).</summary>
    public static MimePart Attachment(string fileName, string mimeType, byte[] content)
    {
        var part = new MimePart(mimeType)
        {
            Content = new MimeContent(new MemoryStream(content, writable: false)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = fileName,
        };
        foreach (var parameter in part.ContentDisposition.Parameters.Concat(part.ContentType.Parameters))
        {
            parameter.EncodingMethod = ParameterEncodingMethod.Rfc2047;
        }

        return part;
    }

    public static Multipart Multipart(string subtype, string boundary, params MimeEntity[] parts)
    {
        var multipart = new Multipart(subtype) { Boundary = boundary };
        foreach (var part in parts)
        {
            multipart.Add(part);
        }

        return multipart;
    }

    public static byte[] ToBytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(new FormatOptions { NewLineFormat = NewLineFormat.Dos }, stream);
        return stream.ToArray();
    }
}
