using DocScan.Core.Reporting;
using DocScan.Tests.Shared;

namespace DocScan.Core.Tests.Reporting;

public sealed class LocationWordsTests
{
    [Theory]
    [MemberData(nameof(LocationCases.Words), MemberType = typeof(LocationCases))]
    public void Location_reads_as_a_clerk_says_it(string words) =>
        Assert.Equal(words, LocationWords.Of(LocationCases.ByWords[words]));
}
