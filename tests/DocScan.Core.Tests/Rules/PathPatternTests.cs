using DocScan.Core.Rules;

namespace DocScan.Core.Tests.Rules;

public class PathPatternTests
{
    [Theory]
    [InlineData("人事室", "/srv/outbound/人事室/考績.docx", true)]
    [InlineData("人事室", "人事室", true)]
    [InlineData("人事室", "/srv/outbound/非人事室/考績.docx", false)]
    [InlineData("人事室/", "/srv/outbound/人事室/2025/考績.docx", true)]
    [InlineData("**/政風*/**", @"C:\outbound\政風室\2025\函.docx", true)]
    [InlineData("**/政風*/**", "/srv/outbound/政風室", false)]
    [InlineData("/srv/outbound/機密", "/srv/outbound/機密/a.txt", true)]
    [InlineData("/srv/outbound/機密", "/backup/srv/outbound/機密/a.txt", false)]
    [InlineData("*.xlsx", "/srv/outbound/名冊.XLSX", true)]
    [InlineData("*.xlsx", "/srv/outbound/名冊.xlsx.txt", false)]
    [InlineData("考績?.docx", "/a/考績1.docx", true)]
    [InlineData("考績?.docx", "/a/考績/.docx", false)]
    [InlineData("outbound/*/名冊.docx", "outbound/人事室/名冊.docx", true)]
    [InlineData("outbound/*/名冊.docx", "outbound/人事室/2025/名冊.docx", false)]
    [InlineData("outbound/**/名冊.docx", "outbound/名冊.docx", true)]
    [InlineData("a+b(1)", "/x/a+b(1)/c", true)]
    public void Matches_like_gitignore(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, new PathPattern(pattern).Matches(path));
    }
}
