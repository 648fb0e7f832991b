namespace DocScan.Redaction.Pdf;

/// <summary>The parts of the text state that decide how far a glyph moves the pen (PDF 32000-1, 9.3 and 9.4.4).</summary>
internal sealed record TextSpacingState(double FontSize, double CharacterSpacing, double WordSpacing)
{
    public static TextSpacingState Initial { get; } = new(0, 0, 0);

    /// <summary>
    /// The TJ adjustment (thousandths of a text space unit, negative moves right) that moves the pen as
    /// far as the glyph would have: tx = (w0 * Tfs + Tc + Tw) * Th, and a TJ number n moves it by
    /// -n / 1000 * Tfs * Th, so horizontal scaling cancels out.
    /// </summary>
    public double Adjustment(double glyphWidth, bool isSingleByteSpace)
    {
        var spacing = CharacterSpacing + (isSingleByteSpace ? WordSpacing : 0);
        return -(glyphWidth * 1000 + spacing * 1000 / FontSize);
    }
}
