using System.Buffers.Binary;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>Walks a grpprl: single property modifiers, each an opcode and an operand whose size the opcode's spra field gives ([MS-DOC] 2.2.5.1).</summary>
internal static class Sprms
{
    public static List<(ushort Sprm, byte[] Operand)> Walk(ReadOnlySpan<byte> grpprl)
    {
        var result = new List<(ushort, byte[])>();
        var position = 0;
        while (position + 2 <= grpprl.Length)
        {
            var sprm = BinaryPrimitives.ReadUInt16LittleEndian(grpprl[position..]);
            position += 2;
            var size = (sprm >> 13) switch
            {
                0 or 1 => 1,
                2 or 4 or 5 => 2,
                3 => 4,
                7 => 3,
                // Variable: a length byte first (sprmTDefTable and sprmPChgTabs differ, but are never character properties).
                _ => position < grpprl.Length ? 1 + grpprl[position] : 1,
            };
            if (position + size > grpprl.Length)
            {
                break;
            }

            result.Add((sprm, grpprl.Slice(position, size).ToArray()));
            position += size;
        }

        return result;
    }
}
