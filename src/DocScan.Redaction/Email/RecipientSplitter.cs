using System.Text;
using MimeKit;
using MimeKit.Utils;

namespace DocScan.Redaction.Email;

/// <summary>
/// 分旨分文: one message per recipient, each naming only that recipient (seed case 3: evaluators invited
/// in one message learned who the others were).
/// </summary>
internal static class RecipientSplitter
{
    public static async Task<List<byte[]>> SplitAsync(byte[] message, Encoding? encoding, CancellationToken cancellationToken)
    {
        using var original = await EmailDraftWriter.LoadAsync(message, encoding, cancellationToken).ConfigureAwait(false);
        var recipients = original.To.Mailboxes.Concat(original.Cc.Mailboxes)
            .DistinctBy(m => m.Address, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var messages = new List<byte[]>();
        foreach (var recipient in recipients)
        {
            using var copy = await EmailDraftWriter.LoadAsync(message, encoding, cancellationToken).ConfigureAwait(false);
            copy.To.Clear();
            copy.Cc.Clear();
            copy.Bcc.Clear();
            copy.To.Add(new MailboxAddress(recipient.Name, recipient.Address));
            copy.MessageId = MimeUtils.GenerateMessageId();
            messages.Add(await EmailDraftWriter.SaveAsync(copy, cancellationToken).ConfigureAwait(false));
        }

        return messages.Count > 0 ? messages : [message];
    }
}
