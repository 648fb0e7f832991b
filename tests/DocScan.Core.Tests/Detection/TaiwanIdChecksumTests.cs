using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class TaiwanIdChecksumTests
{
    [Theory]
    [InlineData("A123456789")] // the example printed in the Ministry of the Interior's explanation of the check digit
    [InlineData("F152601819")]
    [InlineData("H259083019")]
    public void Published_and_synthetic_national_ids_are_valid(string id) =>
        Assert.True(TaiwanIdChecksum.IsValidNationalId(id));

    [Theory]
    [InlineData("A800000014")] // 移民署 sample for the 2021 format
    [InlineData("A900000016")]
    [InlineData("AC01234567")] // old format sample
    [InlineData("FD55979710")]
    public void Published_resident_certificate_numbers_are_valid(string id) =>
        Assert.True(TaiwanIdChecksum.IsValidResidentId(id));

    [Theory]
    [InlineData("A123456788")] // wrong check digit
    [InlineData("A323456789")] // third gender digit is not 1 or 2
    [InlineData("A12345678")] // too short
    [InlineData("1123456789")] // no area letter
    [InlineData("A1234567890")]
    public void Malformed_national_ids_are_invalid(string id) =>
        Assert.False(TaiwanIdChecksum.IsValidNationalId(id));

    [Fact]
    public void National_and_resident_formats_do_not_accept_each_other()
    {
        Assert.False(TaiwanIdChecksum.IsValidResidentId("A123456789"));
        Assert.False(TaiwanIdChecksum.IsValidNationalId("A800000014"));
        Assert.False(TaiwanIdChecksum.IsValidResidentId("AE12345678")); // E is not a gender letter
    }

    [Fact]
    public void Random_valid_ids_pass_and_each_corrupted_check_digit_fails()
    {
        var random = new Random(20261126);
        for (var i = 0; i < 20_000; i++)
        {
            var national = IdFactory.NationalId(random);
            var resident = i % 2 == 0 ? IdFactory.ResidentId2021(random) : IdFactory.ResidentIdOld(random);
            Assert.True(TaiwanIdChecksum.IsValidNationalId(national), national);
            Assert.True(TaiwanIdChecksum.IsValidResidentId(resident), resident);
            Assert.False(TaiwanIdChecksum.IsValidNationalId(IdFactory.BreakChecksum(national)), national);
            Assert.False(TaiwanIdChecksum.IsValidResidentId(IdFactory.BreakChecksum(resident)), resident);
        }
    }

    [Fact]
    public void Random_ten_character_strings_pass_about_one_in_ten()
    {
        // A checksum over one digit lets ~10% of random strings through; far more would mean a broken rule.
        var random = new Random(7);
        var valid = 0;
        const int Trials = 50_000;
        for (var i = 0; i < Trials; i++)
        {
            var candidate = $"{(char)('A' + random.Next(26))}{"12"[random.Next(2)]}{random.Next(100_000_000):D8}";
            valid += TaiwanIdChecksum.IsValidNationalId(candidate) ? 1 : 0;
        }

        Assert.InRange(valid, Trials * 0.08, Trials * 0.12);
    }

    [Theory]
    [InlineData("F152601819", "F15****819")]
    [InlineData("AC76018957", "AC7****957")]
    public void Mask_keeps_first_and_last_three(string id, string masked) =>
        Assert.Equal(masked, TaiwanIdChecksum.Mask(id));
}
