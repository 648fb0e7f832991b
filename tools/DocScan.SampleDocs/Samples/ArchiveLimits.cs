using System.IO.Compression;
using System.Text;
using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Packaging;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// Archives that must stop the scanner before they exhaust it: a zip bomb (60 MB of zeros compressed a
/// thousandfold) and a zip nested seven deep.
/// </summary>
public sealed class ArchiveLimits : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var zeros = new byte[60 * 1024 * 1024];
        var bomb = DeterministicZip.Create([("資料庫備份.bak", zeros)], CompressionLevel.SmallestSize);
        yield return new SampleDocument("壓縮炸彈.zip", bomb, Expectation.WithProblem(ProblemCodes.TooLarge));

        var inner = DeterministicZip.Create(("最內層說明.txt", new UTF8Encoding(false).GetBytes("本檔為測試多層壓縮之說明文字，無其他內容。\n")));
        for (var level = 7; level >= 2; level--)
        {
            inner = DeterministicZip.Create(($"第{level}層.zip", inner));
        }

        yield return new SampleDocument("層層附件.zip", inner, Expectation.WithProblem(ProblemCodes.TooDeep));
    }
}
