using System.Globalization;
using System.Text;

namespace DocScan.Storage;

/// <summary>Blob names for uploaded documents: <c>{folder}/{date}/{random}/{file}</c>, so two uploads never overwrite each other.</summary>
public static class UploadNames
{
    private const int MaxFileNameLength = 200;

    public static string Create(string? folder, string fileName, DateTimeOffset now)
    {
        var prefix = string.IsNullOrWhiteSpace(folder) ? "upload" : Folder(folder);
        var date = now.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"{prefix}/{date}/{Guid.NewGuid():N}/{FileName(fileName)}";
    }

    /// <summary>The last segment of whatever path the client sent, without control characters; never empty.</summary>
    public static string FileName(string? name)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        var clean = new string(last.Where(c => !char.IsControl(c)).ToArray()).Trim().TrimEnd('.');
        if (clean.Length > MaxFileNameLength)
        {
            clean = clean[^MaxFileNameLength..];
        }

        return clean is "" or "." or ".." ? "document" : clean;
    }

    /// <summary>An agency folder such as <c>hr/2025</c>: letters, digits, <c>-_.</c> per segment, nothing that climbs out.</summary>
    public static string Folder(string folder)
    {
        var segments = folder.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (segments.Length is 0 or > 5 || segments.Any(s => s is "." or ".." || s.Length > 64 || !s.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            throw new ArgumentException("資料夾名稱只能包含文字、數字與 - _ .，以 / 分隔，最多 5 層。", nameof(folder));
        }

        return string.Join('/', segments.Select(s => s.Normalize(NormalizationForm.FormC)));
    }
}
