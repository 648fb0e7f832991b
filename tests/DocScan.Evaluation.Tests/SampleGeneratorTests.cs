using DocScan.Core.Tests.Support;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Odf;

namespace DocScan.Evaluation.Tests;

/// <summary>
/// sample-docs/ is what tools/DocScan.SampleDocs writes: tests/sample-docs.expected.json states what the generator planted, so a
/// hand edit of it (or of a sample) that the generator does not make is caught here.
/// </summary>
public sealed class SampleGeneratorTests
{
    private static readonly string Folder = RepositoryRoot.Combine("sample-docs");

    [Fact]
    public void The_generator_writes_the_samples_and_the_expected_json_in_the_repository()
    {
        var documents = SampleCatalog.All.SelectMany(sample => sample.Build()).ToList();
        // The LibreOffice conversions in the folder are kept as they are: the generator reads them back.
        documents.AddRange(new LibreOfficeConversions(Folder).Convert(documents).ToList());

        Assert.Equal(File.ReadAllText(RepositoryRoot.Combine("tests", "sample-docs.expected.json")), ExpectedJsonWriter.Serialize(documents));
        Assert.All(documents, document => Assert.True(
            File.ReadAllBytes(Path.Combine(Folder, document.File)).AsSpan().SequenceEqual(document.Content),
            $"{document.File} differs from what the generator writes"));
    }
}
