using DocScan.Core.Documents;
using System.Security.Cryptography;
using System.Text;
using DocScan.EvalCorpus;
using DocScan.Evaluation;
using DocScan.SampleDocs.Catalog;

namespace DocScan.Evaluation.Tests;

/// <summary>The generator of the evaluation corpus: deterministic, and its labels consistent with what it wrote. A subset keeps it fast.</summary>
public sealed class CorpusTests
{
    private static readonly IReadOnlyList<CorpusFile> Subset = Corpus.Generate(perKind: 2).ToList();

    [Fact]
    public void The_same_seed_gives_the_same_files_and_labels_and_another_seed_other_ones()
    {
        static string Fingerprint(IEnumerable<CorpusFile> files) => string.Join("\n", files.Select(f =>
            $"{f.File} {Convert.ToHexString(SHA256.HashData(f.Content))} {f.Labels.ToJson()}"));

        // The first document of each kind, made again on its own, is the same as in the larger subset.
        var again = Corpus.Generate(perKind: 1).ToList();
        var names = again.Select(f => f.File).ToHashSet();
        Assert.Equal(Fingerprint(Subset.Where(f => names.Contains(f.File))), Fingerprint(again));
        Assert.NotEqual(
            string.Join("\n", again.Select(f => f.Labels.ToJson())),
            string.Join("\n", Corpus.Generate(seed: 7, perKind: 1).Select(f => f.Labels.ToJson())));
    }

    [Fact]
    public void The_full_corpus_has_enough_documents_kinds_and_documents_to_release()
    {
        Assert.True(Corpus.Kinds.Sum(k => k.Count) >= 120);
        var releaseKinds = Subset.Where(f => f.Labels.Verdict == "release").Select(f => f.Labels.Kind).ToHashSet();
        Assert.True(Corpus.Kinds.Where(k => releaseKinds.Contains(k.Name)).Sum(k => k.Count) >= 50);
        // A kind gives one verdict whatever its random choices, so counting kinds counts documents.
        Assert.All(Subset.GroupBy(f => f.Labels.Kind), kind => Assert.Single(kind.Select(f => f.Labels.Verdict).Distinct()));
        var formats = Subset.Select(f => Path.GetExtension(f.File)).ToHashSet();
        Assert.Superset(new HashSet<string> { ".docx", ".xlsx", ".csv", ".pdf", ".odt", ".eml", ".txt", ".di" }, formats);
    }

    [Fact]
    public void Every_labelled_number_passes_its_check_and_every_release_document_has_a_full_letterhead()
    {
        foreach (var file in Subset)
        {
            foreach (var label in file.Labels.Findings)
            {
                Assert.True(Enum.IsDefined(label.Role));
                switch (label.Type)
                {
                    case "national-id" or "resident-id":
                        Assert.Equal(label.Type, IdChecksum.Classify(label.Value));
                        break;
                    case "ubn":
                        Assert.True(NumberChecks.IsUbn(label.Value), label.Value);
                        break;
                }
            }

            foreach (var lookAlike in file.Labels.LookAlikes.Where(l => l.Type == "national-id"))
            {
                Assert.Null(IdChecksum.Classify(lookAlike.Value));
            }

            if (file.Labels.Verdict == "release")
            {
                Assert.DoesNotContain(file.Labels.Findings, f => f.Role == FindingRole.Private);
                var official = file.Labels.Findings.Where(f => f.Role == FindingRole.Official).ToList();
                Assert.Contains(official, f => f.Type == "address");
                Assert.Contains(official, f => f.Type == "person-name");
                Assert.True(official.Count(f => f.Type == "phone") >= 2, $"{file.File}: 電話 and 傳真");
                Assert.Contains(official, f => f.Type == "email" && (f.Value.EndsWith(".gov.tw", StringComparison.Ordinal) || f.Value.EndsWith(".edu.tw", StringComparison.Ordinal) || f.Value.EndsWith("gov.taipei", StringComparison.Ordinal)));
            }
        }
    }

    [Fact]
    public void Every_labelled_value_and_look_alike_is_in_a_plain_text_document_as_labelled()
    {
        foreach (var file in Subset.Where(f => Path.GetExtension(f.File) is ".txt" or ".di" or ".csv"))
        {
            var text = Encoding.UTF8.GetString(file.Content);
            Assert.All(file.Labels.Findings, label => Assert.Contains(label.Value, text));
            Assert.All(file.Labels.LookAlikes, lookAlike => Assert.Contains(lookAlike.Value, text));
            if (file.Labels.Verdict == "release")
            {
                foreach (var field in new[] { "受文者：", "發文日期：", "發文字號：", "速別：", "主旨：", "傳真" })
                {
                    Assert.Contains(field.TrimEnd('：'), text);
                }
            }
        }
    }
}
