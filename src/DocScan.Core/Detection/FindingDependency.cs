namespace DocScan.Core.Detection;

/// <summary>
/// A detector's matches that stand only beside another finding: a criminal record is personal data when a
/// reported name or ID is near it. <see cref="FindingDetector"/> resolves it once the whole document is read,
/// so the detector never asks another detector's code.
/// </summary>
/// <param name="Types">Finding types any one of which confirms a match.</param>
/// <param name="Window">How far, in characters of the same flow, the confirming finding may be from the match.</param>
/// <param name="Confidence">The match's confidence once confirmed; unconfirmed, it keeps its own, and a match whose own is 0 is dropped.</param>
internal sealed record FindingDependency(IReadOnlyList<string> Types, int Window, double Confidence);
