using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DocScan.Core.Policy;
using DocScan.Core.Reporting;

namespace DocScan.Redaction;

/// <summary>
/// The JSON a package carries beside its drafts (<c>&lt;name&gt;.draft.json</c>): which files, what was
/// done, what stopped a draft. Masked values only, like stored reports.
/// </summary>
internal sealed record DraftSummary
{
    public int SchemaVersion { get; init; } = 1;

    public required DocumentInfo Document { get; init; }

    public required Verdict Verdict { get; init; }

    public required DraftStatus Status { get; init; }

    public required string RulesVersion { get; init; }

    public required IReadOnlyList<SummaryFile> Files { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }

    public required IReadOnlyList<string> Problems { get; init; }

    public required IReadOnlyList<DraftSurvivor> Survivors { get; init; }

    public static byte[] Serialize(ScanReport source, DraftStatus status, IReadOnlyList<DraftFile> files,
        IReadOnlyList<string> notes, IReadOnlyList<string> problems, IReadOnlyList<DraftSurvivor> survivors)
    {
        var summary = new DraftSummary
        {
            Document = source.Document,
            Verdict = source.Verdict,
            Status = status,
            RulesVersion = source.RulesVersion,
            Files = files.Select(f => new SummaryFile(f.Path, f.Audience, f.Kind,
                Convert.ToHexStringLower(SHA256.HashData(f.Content)), f.Content.Length)).ToList(),
            Notes = notes,
            Problems = problems,
            // A survivor is reported as the scanner reports it: masked, never with its value.
            Survivors = survivors.Select(s => s with { Finding = s.Finding with { Value = null } }).ToList(),
        };
        return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(summary, ReportJson.Options));
    }
}

internal sealed record SummaryFile(string Path, DraftAudience Audience, string Kind, string Sha256, long Bytes);
