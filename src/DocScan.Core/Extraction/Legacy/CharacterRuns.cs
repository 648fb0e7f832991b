namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// The two character properties that hide text in a Word 97–2003 file: a tracked deletion
/// (sprmCFRMarkDel) and hidden text (sprmCFVanish), from the CHPX pages. Style-level formatting is
/// not resolved: a character style that itself hides text is not seen.
/// </summary>
internal static class CharacterRuns
{
    private const ushort SprmCFRMarkDel = 0x0800;
    private const ushort SprmCFVanish = 0x083C;

    public static FormattedPages<RunHiding> Read(ReadOnlySpan<byte> plcBteChpx, ReadOnlySpan<byte> wordDocument) =>
        FormattedPages<RunHiding>.Read(plcBteChpx, wordDocument, paragraphs: false, sprms =>
        {
            var hiding = RunHiding.None;
            foreach (var (sprm, operand) in sprms)
            {
                // Toggle operands: 1 on, 0x81 the opposite of the style (whose own value is usually off).
                var on = operand.Length > 0 && operand[0] is 0x01 or 0x81;
                hiding = sprm switch
                {
                    SprmCFRMarkDel when on => hiding | RunHiding.Deleted,
                    SprmCFVanish when on => hiding | RunHiding.Vanished,
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
