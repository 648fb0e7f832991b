namespace DocScan.Core.Documents;

/// <summary>
/// Whose a finding is (DESIGN.md "role"). Only <see cref="Private"/> findings drive the verdict;
/// official and organisation findings are listed for the reviewer and left unmasked in drafts.
/// In JSON: <c>private</c>, <c>official</c>, <c>organisation</c>.
/// </summary>
public enum FindingRole
{
    /// <summary>A private person's data (the default: whatever the model cannot place stays private).</summary>
    Private = 0,

    /// <summary>An agency, or an official acting in role: letterhead, 承辦人, judges and clerks, government domains, public service numbers.</summary>
    Official,

    /// <summary>A company or institution: its name, address, phone, company number.</summary>
    Organisation,
}
