namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// The two character properties that hide text in a Word 97–2003 file: a tracked deletion
/// (sprmCFRMarkDel) and hidden text (sprmCFVanish, or a character style named by sprmCIstd that
/// hides), from the CHPX pages.
/// </summary>
internal static class CharacterRuns
{
    private const ushort SprmCFRMarkDel = 0x0800;
    private const ushort SprmCFVanish = 0x083C;
    private const ushort SprmCIstd = 0x4A30;

    public static FormattedPages<RunHiding> Read(ReadOnlySpan<byte> plcBteChpx, ReadOnlySpan<byte> wordDocument, WordStyles styles) =>
        FormattedPages<RunHiding>.Read(plcBteChpx, wordDocument, paragraphs: false, (_, sprms) =>
        {
            var hiding = RunHiding.None;
            foreach (var (sprm, operand) in sprms)
            {
                var on = operand.Length > 0 && operand[0] is 0x01;
                hiding = sprm switch
                {
                    SprmCFRMarkDel when on || operand is [0x81] => hiding | RunHiding.Deleted,
                    SprmCIstd when operand.Length == 2 && styles.Hides(operand[0] | (operand[1] << 8)) => hiding | RunHiding.Vanished,
                    SprmCFVanish when on => hiding | RunHiding.Vanished,
                    SprmCFVanish when operand is [0x00] => hiding & ~RunHiding.Vanished,
                    // 0x81: the opposite of the style's value.
                    SprmCFVanish when operand is [0x81] => hiding ^ RunHiding.Vanished,
                    _ => hiding,
                };
            }

            return hiding;
        });
}

[Flags]
internal enum RunHiding
{
    None = 0,
    Deleted = 1,
    Vanished = 2,
}
