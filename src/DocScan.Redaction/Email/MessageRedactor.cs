using System.Text;
using MimeKit;
using MimeKit.Cryptography;

namespace DocScan.Redaction.Email;

/// <summary>Redacts one message and, through the writers, everything attached to it, forwarded messages included.</summary>
internal sealed class MessageRedactor(DraftInput input, Encoding? fileEncoding)
{
    private static readonly HashSet<string> AddressHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "From", "To", "Cc", "Bcc", "Reply-To", "Sender", "Resent-From", "Resent-To", "Resent-Cc", "Resent-Bcc", "Resent-Sender",
    };

    // Headers a draft has no use for: how the original travelled, and signatures the changes break.
    private static readonly HashSet<string> TraceHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Received", "Return-Path", "Delivered-To", "X-Original-To", "X-Received", "DKIM-Signature",
        "Authentication-Results", "ARC-Seal", "ARC-Message-Signature", "ARC-Authentication-Results", "Received-SPF",
    };

    // Headers MimeKit keeps in step with the structure; rewriting their text would break it.
    private static readonly HashSet<string> StructuralHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "Content-Disposition", "Content-Id",
        "Message-Id", "In-Reply-To", "References", "Date", "Resent-Date", "Resent-Message-Id",
    };

    private int _attachments;

    public async Task RedactAsync(MimeMessage message, CancellationToken cancellationToken, bool nested = false)
    {
        RedactHeaders(message, nested);
        if (message.Body is MultipartSigned signed && signed.Count > 0)
        {
            // The signature covers the original text; a redacted draft is signed again when it is sent.
            message.Body = signed[0];
            input.Log.Note($"「{input.Display}」：原郵件的數位簽章因內容遮蔽而移除，寄出時請重新簽章。");
        }

        if (message.Body is { } body)
        {
            message.Body = await RedactEntityAsync(body, cancellationToken).ConfigureAwait(false);
        }
    }

    private void RedactHeaders(MimeMessage message, bool nested)
    {
        foreach (var header in message.Headers.Where(h => TraceHeaders.Contains(h.Field)).ToList())
        {
            message.Headers.Remove(header);
        }

        foreach (var list in new[] { message.From, message.To, message.Cc, message.Bcc, message.ReplyTo })
        {
            RedactAddresses(list, nested);
        }

        if (message.Sender is { } sender && RedactMailbox(sender, nested) is not MailboxAddress)
        {
            message.Sender = null;
        }

        foreach (var header in message.Headers.ToList())
        {
            if (AddressHeaders.Contains(header.Field) || StructuralHeaders.Contains(header.Field))
            {
                continue;
            }

            var masked = input.Plan.Apply(header.Value);
            if (masked != header.Value)
            {
                header.Value = masked;
            }
        }
    }

    /// <summary>
    /// Display names are masked everywhere. Addresses route the message and stay in the message itself;
    /// in a forwarded message they are content, and a masked one becomes an empty group (a group has no address).
    /// </summary>
    private void RedactAddresses(InternetAddressList list, bool nested)
    {
        for (var i = 0; i < list.Count; i++)
        {
            list[i] = list[i] switch
            {
                GroupAddress group => RedactGroup(group, nested),
                MailboxAddress mailbox => RedactMailbox(mailbox, nested),
                var other => other,
            };
        }
    }

    private GroupAddress RedactGroup(GroupAddress group, bool nested)
    {
        group.Name = input.Plan.Apply(group.Name ?? "");
        RedactAddresses(group.Members, nested);
        return group;
    }

    private InternetAddress RedactMailbox(MailboxAddress mailbox, bool nested)
    {
        if (!string.IsNullOrEmpty(mailbox.Name))
        {
            mailbox.Name = input.Plan.Apply(mailbox.Name);
        }

        var address = input.Plan.Apply(mailbox.Address);
        return nested && address != mailbox.Address ? new GroupAddress(address) : mailbox;
    }

    private async Task<MimeEntity> RedactEntityAsync(MimeEntity entity, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        switch (entity)
        {
            case Multipart multipart:
                for (var i = 0; i < multipart.Count; i++)
                {
                    multipart[i] = await RedactEntityAsync(multipart[i], cancellationToken).ConfigureAwait(false);
                }

                return multipart;
            case MessagePart { Message: { } forwarded } part:
                await RedactAsync(forwarded, cancellationToken, nested: true).ConfigureAwait(false);
                RedactFileName(part);
                return part;
            case TextPart text when !text.IsAttachment && (text.IsPlain || text.IsHtml):
                RedactText(text);
                return text;
            case ApplicationPkcs7Mime or MultipartEncrypted:
                return entity; // encrypted mail is never scanned completely, so never drafted
            case MimePart part:
                await RedactAttachmentAsync(part, cancellationToken).ConfigureAwait(false);
                return part;
            default:
                return entity;
        }
    }

    private void RedactText(TextPart part)
    {
        var encoding = part.ContentType.Charset is null ? fileEncoding ?? Encoding.UTF8 : part.ContentType.CharsetEncoding ?? Encoding.UTF8;
        var text = part.GetText(encoding);
        var masked = input.Plan.Apply(text);
        if (masked == text)
        {
            return;
        }

        part.SetText(CanEncode(encoding, masked) ? encoding : Encoding.UTF8, masked);
        part.ContentTransferEncoding = ContentEncoding.QuotedPrintable;
    }

    private async Task RedactAttachmentAsync(MimePart part, CancellationToken cancellationToken)
    {
        _attachments++;
        var name = part.FileName ?? $"attachment-{_attachments}";
        using var decoded = new MemoryStream();
        if (part.Content is { } content)
        {
            await content.DecodeToAsync(decoded, cancellationToken).ConfigureAwait(false);
        }

        var original = decoded.ToArray();
        var redacted = await input.WriteNestedAsync(original, name, cancellationToken).ConfigureAwait(false);
        if (!redacted.AsSpan().SequenceEqual(original))
        {
            part.Content = new MimeContent(new MemoryStream(redacted, writable: false));
            part.ContentTransferEncoding = ContentEncoding.Base64;
        }

        RedactFileName(part);
    }

    private void RedactFileName(MimeEntity part)
    {
        if (part.ContentDisposition?.FileName is { } fileName)
        {
            part.ContentDisposition.FileName = input.Plan.Apply(fileName);
        }

        if (part.ContentType.Name is { } typeName)
        {
            part.ContentType.Name = input.Plan.Apply(typeName);
        }
    }

    private static bool CanEncode(Encoding encoding, string text)
    {
        var strict = (Encoding)encoding.Clone();
        strict.EncoderFallback = EncoderFallback.ExceptionFallback;
        try
        {
            strict.GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
