namespace DocScan.Core.Formats;

/// <summary>
/// Recognizes an RFC 5322 message by its header block: it starts with header fields (folded lines
/// allowed), names at least two fields every mail carries, and ends with a blank line.
/// </summary>
internal static class EmailHeaderSniffer
{
    private static readonly HashSet<string> TypicalFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "From", "To", "Subject", "Date", "MIME-Version", "Message-ID", "Received",
    };

    /// <param name="head">The decoded start of the file; a header block that runs past it does not count.</param>
    public static bool LooksLikeEmail(string head)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var text = head.AsSpan().TrimStart('\uFEFF');
        var fields = 0;
        while (true)
        {
            var end = text.IndexOf('\n');
            if (end < 0)
            {
                return false;
            }

            var line = text[..end].TrimEnd('\r');
            text = text[(end + 1)..];
            if (line.IsEmpty)
            {
                return fields > 0 && seen.Count >= 2;
            }

            if (line[0] is ' ' or '\t')
            {
                if (fields == 0)
                {
                    return false;
                }

                continue;
            }

            var colon = line.IndexOf(':');
            var name = colon > 0 ? line[..colon].TrimEnd(" \t") : [];
            if (!IsFieldName(name))
            {
                return false;
            }

            fields++;
            if (TypicalFields.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
            {
                seen.Add(name.ToString());
            }
        }
    }

    // RFC 5322 field names: printable US-ASCII except the colon.
    private static bool IsFieldName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is < '!' or > '~' or ':')
            {
                return false;
            }
        }

        return true;
    }
}
