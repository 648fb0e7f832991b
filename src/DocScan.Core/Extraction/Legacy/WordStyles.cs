using System.Buffers.Binary;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// Which styles of a Word 97–2003 stylesheet ([MS-DOC] 2.9.271 STSH) hide their text (sprmCFVanish in
/// the style's character properties), following each style's base style. A character style that hides
/// hides every run that names it (sprmCIstd); a paragraph style that hides hides its whole paragraph.
/// </summary>
internal sealed class WordStyles
{
    private const ushort SprmCFVanish = 0x083C;
    private const int NoStyle = 0x0FFF;
    private const int MaxBaseChain = 16;

    private readonly HashSet<int> _hiding;

    private WordStyles(HashSet<int> hiding) => _hiding = hiding;

    public static WordStyles None { get; } = new([]);

    public bool Hides(int istd) => _hiding.Contains(istd);

    /// <summary>Reads the STSH; throws <see cref="InvalidDataException"/> when its structure runs past its bytes.</summary>
    public static WordStyles Read(ReadOnlySpan<byte> stsh)
    {
        if (stsh.Length == 0)
        {
            return None;
        }

        var cbStshi = Need(stsh, 0);
        var cstd = Need(stsh, 2);
        var cbStdBase = Need(stsh, 4);
        var position = 2 + cbStshi;
        var styles = new (int Base, int Vanish)[cstd];
        for (var istd = 0; istd < cstd; istd++)
        {
            var cbStd = Need(stsh, position);
            position += 2;
            if (position + cbStd > stsh.Length)
            {
                throw new InvalidDataException("樣式定義超出樣式表範圍");
            }

            styles[istd] = cbStd == 0 ? (NoStyle, -1) : Style(stsh.Slice(position, cbStd), cbStdBase);
            position += cbStd;
        }

        var hiding = new HashSet<int>();
        for (var istd = 0; istd < cstd; istd++)
        {
            if (Resolve(styles, istd))
            {
                hiding.Add(istd);
            }
        }

        return new WordStyles(hiding);
    }

    // STD: StdfBase (stk in the low 4 bits and istdBase in the high 12 of its second word, cupx in the low 4 of the third),
    // the name as an Xstz, then cupx UPXs, each a 2-byte size and its bytes padded to an even length.
    private static (int Base, int Vanish) Style(ReadOnlySpan<byte> std, int cbStdBase)
    {
        var kind = Need(std, 2) & 0xF;
        var istdBase = Need(std, 2) >> 4;
        var cupx = Need(std, 4) & 0xF;
        var position = cbStdBase;
        position += 2 + 2 * Need(std, position) + 2;
        // Paragraph styles keep their character properties in the second UPX, table styles in the third, character styles in the first.
        var chpxIndex = kind switch { 1 => 1, 2 => 0, 3 => 2, _ => -1 };
        for (var i = 0; i < cupx; i++)
        {
            var size = Need(std, position);
            position += 2;
            if (position + size > std.Length)
            {
                throw new InvalidDataException("樣式的格式內容超出樣式定義範圍");
            }

            if (i == chpxIndex)
            {
                return (istdBase, Vanish(std.Slice(position, size)));
            }

            position += size + (size & 1);
        }

        return (istdBase, -1);
    }

    /// <summary>The style's own sprmCFVanish operand, or -1 when it leaves the base style's value.</summary>
    private static int Vanish(ReadOnlySpan<byte> grpprl)
    {
        var vanish = -1;
        foreach (var (sprm, operand) in Sprms.Walk(grpprl))
        {
            if (sprm == SprmCFVanish && operand.Length > 0)
            {
                vanish = operand[0];
            }
        }

        return vanish;
    }

    // Toggle operands: 0 off, 1 on, 0x80 as the base style, 0x81 the opposite of the base style.
    private static bool Resolve((int Base, int Vanish)[] styles, int istd)
    {
        var chain = new List<int>();
        for (var current = istd; current >= 0 && current < styles.Length && chain.Count < MaxBaseChain; current = styles[current].Base)
        {
            chain.Add(current);
        }

        var hidden = false;
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            hidden = styles[chain[i]].Vanish switch
            {
                0 => false,
                1 => true,
                0x81 => !hidden,
                _ => hidden,
            };
        }

        return hidden;
    }

    private static int Need(ReadOnlySpan<byte> bytes, int at) =>
        at >= 0 && at + 2 <= bytes.Length
            ? BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..])
            : throw new InvalidDataException("樣式表不完整");
}
