namespace DocScan.Core.Scanning;

/// <summary>A file to scan and the name it is shown and filed under (relative to the folder given).</summary>
public sealed record DocumentPath(string FullPath, string DisplayPath);

/// <summary>Expands the files and folders a user names into the documents to scan.</summary>
public static class DocumentPaths
{
    /// <summary>Files in command-line order, folders expanded recursively in ordinal order; paths that do not exist are returned apart.</summary>
    public static (IReadOnlyList<DocumentPath> Documents, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths)
    {
        var documents = new List<DocumentPath>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                documents.Add(new DocumentPath(Path.GetFullPath(path), Path.GetFileName(path)));
            }
            else if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0 };
                documents.AddRange(Directory.EnumerateFiles(root, "*", options)
                    .Order(StringComparer.Ordinal)
                    .Select(f => new DocumentPath(f, Path.GetRelativePath(root, f))));
            }
            else
            {
                missing.Add(path);
            }
        }

        return (documents, missing);
    }
}
