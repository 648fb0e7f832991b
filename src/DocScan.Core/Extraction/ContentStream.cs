using System.Runtime.InteropServices;

namespace DocScan.Core.Extraction;

internal static class ContentStream
{
    /// <summary>A read-only stream over the content, without a copy when an array backs it (the usual case).</summary>
    public static MemoryStream Open(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
