namespace DocScan.Core.Extraction.Packages;

/// <summary>
/// Which names a package may be asked for: a plain relative name inside the document's folder. A
/// system identifier that is a URL, an absolute path or climbs out with <c>..</c> names nothing in
/// the package and is never opened (an attachment declaration must not read the scanner's disk).
/// </summary>
internal static class PackageFileNames
{
    /// <summary>The name with '/' separators and without a leading <c>./</c>; null when it may leave the package.</summary>
    public static string? Relative(string name)
    {
        var relative = name.Trim().Replace('\\', '/');
        while (relative.StartsWith("./", StringComparison.Ordinal))
        {
            relative = relative[2..];
        }

        var leaves = relative.Length == 0
            || relative.StartsWith('/')
            || relative.Contains(':')
            || relative.Split('/').Any(part => part is ".." or "");
        return leaves ? null : relative;
    }
}
