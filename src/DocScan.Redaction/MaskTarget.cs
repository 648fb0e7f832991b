namespace DocScan.Redaction;

/// <summary>A piece of text to take out of a document, as it is written there, and what takes its place.</summary>
/// <param name="Text">The characters as the document holds them (full-width, spaced, as typed).</param>
/// <param name="Replacement">The mask, a partial mask or an evaluator's code.</param>
/// <param name="Type">The finding type, for labels and notes.</param>
internal sealed record MaskTarget(string Text, string Replacement, string Type);

/// <summary>Where a target was found in a string.</summary>
internal readonly record struct TargetMatch(int Start, int Length, MaskTarget Target);
