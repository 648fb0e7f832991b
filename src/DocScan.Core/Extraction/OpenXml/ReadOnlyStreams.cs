using System.Runtime.InteropServices;

namespace DocScan.Core.Extraction.OpenXml;

internal static class ReadOnlyStreams
{
    /// <summary>A seekable, read-only view of <paramref name="content"/>, copying only when it is not array-backed.</summary>
    public static MemoryStream Open(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
