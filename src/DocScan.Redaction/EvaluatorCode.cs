namespace DocScan.Redaction;

/// <summary>The code (委員A) that stands for an evaluator's name in a release draft.</summary>
public sealed record EvaluatorCode(string Code, string Name);
