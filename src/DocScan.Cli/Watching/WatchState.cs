using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocScan.Cli.Watching;

/// <summary>A file as it was when its report was written.</summary>
public sealed record WatchedFile(long Size, DateTime ModifiedUtc, string Sha256, string Verdict, DateTimeOffset ScannedAt);

/// <summary>
/// Which files of a watched folder are done, kept in a JSON file so that a restart does not scan them
/// again. A file counts as done while its path, size and modification time are unchanged; when only the
/// time changed (copied again, touched), the content hash decides.
/// </summary>
public sealed class WatchState
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly string _path;
    private readonly Dictionary<string, WatchedFile> _files;

    private WatchState(string path, Dictionary<string, WatchedFile> files)
    {
        _path = path;
        _files = files;
    }

    public string FilePath => _path;

    public int Count => _files.Count;

    /// <summary>Reads the state file; a missing or unreadable one starts empty (the worst case is scanning again, never skipping).</summary>
    public static WatchState Load(string path)
    {
        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(File.ReadAllBytes(path), Json);
            if (stored?.Version == Stored.CurrentVersion && stored.Files is not null)
            {
                return new WatchState(path, new Dictionary<string, WatchedFile>(stored.Files, StringComparer.Ordinal));
            }
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
        }

        return new WatchState(path, new Dictionary<string, WatchedFile>(StringComparer.Ordinal));
    }

    /// <summary>Done without reading the file: same size and time as when it was scanned.</summary>
    public bool IsUnchanged(string relativePath, long size, DateTime modifiedUtc) =>
        _files.TryGetValue(relativePath, out var file) && file.Size == size && file.ModifiedUtc == modifiedUtc;

    /// <summary>Done by content: the same bytes were scanned under this path before.</summary>
    public bool HasContent(string relativePath, string sha256) =>
        _files.TryGetValue(relativePath, out var file) && file.Sha256 == sha256;

    public void Record(string relativePath, WatchedFile file) => _files[relativePath] = file;

    /// <summary>Same content under a new size or time (copied again, touched): remember the new ones, keep the verdict.</summary>
    public void Touch(string relativePath, long size, DateTime modifiedUtc)
    {
        if (_files.TryGetValue(relativePath, out var file))
        {
            _files[relativePath] = file with { Size = size, ModifiedUtc = modifiedUtc };
        }
    }

    public WatchedFile? Get(string relativePath) => _files.GetValueOrDefault(relativePath);

    /// <summary>Writes the state beside itself and moves it into place, so a crash mid-write leaves the old state, not half a file.</summary>
    public void Save()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
        var temporary = _path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(new Stored(Stored.CurrentVersion, _files), Json));
        File.Move(temporary, _path, overwrite: true);
    }

    private sealed record Stored(int Version, [property: JsonPropertyName("files")] Dictionary<string, WatchedFile>? Files)
    {
        public const int CurrentVersion = 1;
    }
}
