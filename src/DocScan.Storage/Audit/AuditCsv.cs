using System.Globalization;
using System.Text;

namespace DocScan.Storage.Audit;

/// <summary>The audit log as CSV for the periodic review: UTF-8 with a byte order mark so Excel shows the Chinese.</summary>
public static class AuditCsv
{
    public static readonly string[] Header =
        ["序號", "時間(UTC)", "使用者", "角色", "動作", "文件識別碼", "文件SHA-256", "理由", "前一筆雜湊", "雜湊"];

    /// <summary>Writes the entries; returns how many.</summary>
    public static async Task<int> WriteAsync(IAsyncEnumerable<AuditEntry> entries, Stream output, CancellationToken cancellationToken)
    {
        var count = 0;
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteAsync(Row(Header)).ConfigureAwait(false);
        await foreach (var e in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await writer.WriteAsync(Row([
                e.Sequence.ToString(CultureInfo.InvariantCulture), e.TimeText, e.User, e.Role, e.Action, e.DocumentId,
                e.DocumentSha256, e.Reason, e.PreviousHash, e.Hash,
            ])).ConfigureAwait(false);
            count++;
        }

        return count;
    }

    private static string Row(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    private static string Cell(string? value)
    {
        value ??= "";
        // A reason is free text typed by a person: a leading = + - @ would run as a formula in a spreadsheet.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
