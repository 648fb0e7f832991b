namespace DocScan.Core.Detection;

/// <summary>For detectors that collect matches in a list made on the first match.</summary>
internal static class DetectorMatches
{
    /// <summary>
    /// The list, or no matches. Not <c>found ?? []</c>: there the empty collection takes the list's
    /// type, and every segment without a match would allocate an empty list.
    /// </summary>
    public static IEnumerable<DetectorMatch> OrNone(this List<DetectorMatch>? found) => found ?? (IEnumerable<DetectorMatch>)[];
}
