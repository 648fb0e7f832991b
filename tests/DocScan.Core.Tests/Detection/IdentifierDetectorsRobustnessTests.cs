using DocScan.Core.Detection;
using DocScan.Core.Detection.Common;
using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Rules;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

/// <summary>Random text built from the characters the detectors care about: no exceptions, offsets inside the text, values masked.</summary>
public class IdentifierDetectorsRobustnessTests
{
    private const string Alphabet = "0123456789012345678909-- ()+#@.:/ABCKTZIOaz號路街大道段巷弄樓之鄰村里區鄉鎮市縣臺台北中山第字年月日生出帳號卡護照車統編公司電話健保　０１２";

    private static readonly IDetector[] Detectors =
    [
        new UbnDetector(), new PhoneDetector(ScanRules.Default), new EmailDetector(ScanRules.Default), new BirthDateDetector(), new AddressDetector(ScanRules.Default),
        new NhiCardDetector(), new PassportDetector(), new BankAccountDetector(), new VehiclePlateDetector(), new CreditCardDetector(),
    ];

    [Fact]
    public void Random_text_never_breaks_a_detector()
    {
        var random = new Random(11);
        var matches = 0;
        for (var i = 0; i < 3000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 120)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            var normalized = DocScan.Core.Normalization.TextNormalizer.Normalize(text).Text;
            foreach (var detector in Detectors)
            {
                foreach (var match in Detect.With(detector, text))
                {
                    matches++;
                    Assert.InRange(match.Start, 0, normalized.Length - 1);
                    Assert.InRange(match.Start + match.Length, 1, normalized.Length);
                    Assert.NotEqual(match.Value, match.Masked);
                }
            }
        }

        // The alphabet is dense enough that the detectors do run past their pre-checks.
        Assert.True(matches > 0);
    }

    [Theory]
    [InlineData("1-", 20000)]
    [InlineData("1 ", 20000)]
    [InlineData("號", 20000)]
    [InlineData("中山路1號", 5000)]
    [InlineData("a.", 20000)]
    [InlineData("a@a.", 10000)]
    [InlineData("出生80.1.", 5000)]
    public void Long_repetitive_lines_are_handled(string unit, int count)
    {
        var text = string.Concat(Enumerable.Repeat(unit, count));
        foreach (var detector in Detectors)
        {
            foreach (var match in Detect.With(detector, text))
            {
                Assert.True(match.Start + match.Length <= text.Length);
            }
        }
    }
}
