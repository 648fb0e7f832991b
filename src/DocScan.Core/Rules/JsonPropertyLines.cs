using System.Text.Json;

namespace DocScan.Core.Rules;

/// <summary>
/// The line each property and array item of a JSON file starts on, by its path (<c>types.national-id</c>,
/// <c>custom[0].patterns[1].regex</c>): a mistake found after the file is read can still name its line.
/// </summary>
internal static class JsonPropertyLines
{
    /// <summary>Lines counted from 1; a file that is not JSON yields what was read before the error.</summary>
    public static Dictionary<string, int> Of(ReadOnlySpan<byte> json)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var containers = new List<Container>();
        string? property = null;
        var (line, counted) = (1, 0);
        try
        {
            while (reader.Read())
            {
                var at = (int)reader.TokenStartIndex;
                line += json[counted..at].Count((byte)'\n');
                counted = at;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = Join(containers.Count == 0 ? "" : containers[^1].Path, reader.GetString()!);
                        lines.TryAdd(property, line);
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        containers.Add(new Container(ValuePath(containers, property, line, lines), reader.TokenType == JsonTokenType.StartArray));
                        property = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        containers.RemoveAt(containers.Count - 1);
                        break;
                    default:
                        ValuePath(containers, property, line, lines);
                        property = null;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The deserializer reports the syntax error itself, with its line.
        }

        return lines;
    }

    // The path of the value just started: the property it belongs to, or the next item of the array it is in.
    private static string ValuePath(List<Container> containers, string? property, int line, Dictionary<string, int> lines)
    {
        if (containers.Count == 0 || !containers[^1].IsArray)
        {
            return property ?? "";
        }

        var array = containers[^1];
        var path = $"{array.Path}[{array.Items++}]";
        lines.TryAdd(path, line);
        return path;
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private sealed class Container(string path, bool isArray)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public int Items { get; set; }
    }
}
