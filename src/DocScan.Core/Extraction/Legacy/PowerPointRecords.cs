using System.Buffers.Binary;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// The records of a PowerPoint 97–2003 stream ([MS-PPT] 2.3.1 RecordHeader): recVer and recInstance
/// in 2 bytes, recType in 2, recLen in 4. A recVer of 0xF marks a container whose data is more records.
/// Nesting is bounded, and a record running past its parent is damage.
/// </summary>
internal static class PowerPointRecords
{
    private const int HeaderSize = 8;
    private const int MaxDepth = 32;

    /// <summary>The records directly inside <paramref name="data"/>, starting at <paramref name="baseOffset"/> in the stream.</summary>
    public static List<PptRecord> Children(ReadOnlyMemory<byte> data, int baseOffset)
    {
        var records = new List<PptRecord>();
        var span = data.Span;
        var position = 0;
        while (position + HeaderSize <= span.Length)
        {
            var verInstance = BinaryPrimitives.ReadUInt16LittleEndian(span[position..]);
            var type = BinaryPrimitives.ReadUInt16LittleEndian(span[(position + 2)..]);
            var length = BinaryPrimitives.ReadUInt32LittleEndian(span[(position + 4)..]);
            if (length > span.Length - position - HeaderSize)
            {
                throw new InvalidDataException($"record 0x{type:X4} at {baseOffset + position} runs past its container");
            }

            records.Add(new PptRecord(type, verInstance >> 4, (verInstance & 0xF) == 0xF, baseOffset + position,
                data.Slice(position + HeaderSize, (int)length)));
            position += HeaderSize + (int)length;
        }

        return records;
    }

    /// <summary>Every record inside <paramref name="container"/> (depth-first, in stream order), with the chain of containers above it.</summary>
    public static IEnumerable<(PptRecord Record, IReadOnlyList<PptRecord> Ancestors)> Descendants(PptRecord container)
    {
        var stack = new List<PptRecord> { container };
        return Walk(container, stack);
    }

    private static IEnumerable<(PptRecord, IReadOnlyList<PptRecord>)> Walk(PptRecord container, List<PptRecord> ancestors)
    {
        if (ancestors.Count > MaxDepth)
        {
            throw new InvalidDataException("records nested too deep");
        }

        foreach (var child in Children(container.Data, container.Offset + HeaderSize))
        {
            yield return (child, ancestors.ToArray());
            if (child.IsContainer)
            {
                ancestors.Add(child);
                foreach (var inner in Walk(child, ancestors))
                {
                    yield return inner;
                }

                ancestors.RemoveAt(ancestors.Count - 1);
            }
        }
    }
}

/// <param name="Offset">Where the record's header starts in the stream (what the persist directory points at).</param>
internal sealed record PptRecord(ushort Type, int Instance, bool IsContainer, int Offset, ReadOnlyMemory<byte> Data);
