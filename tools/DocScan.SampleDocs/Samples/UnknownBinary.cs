using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;

namespace DocScan.SampleDocs.Samples;

/// <summary>Bytes of no known format (an export from some database tool): unsupported, never silently clean.</summary>
public sealed class UnknownBinary : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var bytes = new byte[4096];
        new Random(SampleClock.RandomSeed).NextBytes(bytes);
        bytes[0] = 0x00; // no text or container format starts with a NUL
        yield return new SampleDocument("不明資料.dat", bytes, Expectation.WithProblem(ProblemCodes.Unsupported));
    }
}
