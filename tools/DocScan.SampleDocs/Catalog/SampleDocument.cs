namespace DocScan.SampleDocs.Catalog;

/// <summary>One file of the sample folder and what a complete scan of it must report.</summary>
/// <param name="File">Path relative to the sample folder.</param>
public sealed record SampleDocument(string File, byte[] Content, Expectation Expected);

/// <summary>Builds one sample document (or a few that belong together).</summary>
public interface ISample
{
    IEnumerable<SampleDocument> Build();
}
