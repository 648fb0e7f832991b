namespace DocScan.Bench.Corpus;

/// <summary>A generated letter as blocks, before it is laid out as a Word or a PDF would extract it.</summary>
internal sealed record OfficialLetter(IReadOnlyList<LetterBlock> Blocks);

internal abstract record LetterBlock;

internal sealed record Paragraph(string Text) : LetterBlock;

/// <summary>A table; the first row is its header.</summary>
internal sealed record Table(IReadOnlyList<string[]> Rows) : LetterBlock;
