using System.Text;
using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.CrossCheck;

/// <summary>
/// Our ID validators against the independent npm package taiwan-id-validator 2.1.0 (MIT) on the same
/// strings. One deliberate difference: we accept lower-case letters (a clerk's typing is still the
/// person's ID; the package's own README defines only upper-case input), so lower-case strings are
/// compared with the package's answer for their upper-case form.
/// </summary>
public class TaiwanIdValidatorCrossCheckTests
{
    private const int Count = 120_000;

    [Fact]
    public async Task National_and_resident_validators_agree_with_taiwan_id_validator()
    {
        var candidates = Candidates(new Random(20261126)).Take(Count).ToList();
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(file, candidates.Select(c => c.ToUpperInvariant()), new UTF8Encoding(false));
            var answers = (await NodeScript.RunAsync("tests/crosscheck/validate-ids.mjs", file))
                .Split('\n', StringSplitOptions.RemoveEmptyEntries);

            Assert.Equal(candidates.Count, answers.Length);
            var disagreements = new List<string>();
            var valid = 0;
            for (var i = 0; i < candidates.Count; i++)
            {
                var ours = $"{(TaiwanIdChecksum.IsValidNationalId(candidates[i]) ? 1 : 0)} {(TaiwanIdChecksum.IsValidResidentId(candidates[i]) ? 1 : 0)}";
                valid += ours == "0 0" ? 0 : 1;
                if (ours != answers[i])
                {
                    disagreements.Add($"{candidates[i]}: ours {ours}, taiwan-id-validator {answers[i]}");
                }
            }

            Assert.True(disagreements.Count == 0, string.Join('\n', disagreements.Take(20)));
            Assert.InRange(valid, Count / 5, Count * 4 / 5); // both answers well represented
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Valid IDs of each format, the same with one character changed, random shapes, and edge cases.</summary>
    private static IEnumerable<string> Candidates(Random random)
    {
        string[] edges = ["A123456789", "A800000014", "AC01234567", "Z999999999", "I100000000", "O200000000", "W100000000",
            "A1234567890", "A12345678", "A12345678X", "AA12345678", "AE12345678", "A023456789", "A323456789", "1123456789", "", " "];
        foreach (var edge in edges.Where(e => e.Trim().Length > 0))
        {
            yield return edge;
        }

        while (true)
        {
            var valid = (random.Next(4)) switch
            {
                0 => IdFactory.NationalId(random),
                1 => IdFactory.ResidentId2021(random),
                2 => IdFactory.ResidentIdOld(random),
                _ => RandomShape(random),
            };
            yield return valid;
            yield return Mutate(valid, random);
            if (random.Next(10) == 0)
            {
                yield return valid.ToLowerInvariant();
            }
        }
    }

    private static string RandomShape(Random random)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        var length = random.Next(10) == 0 ? random.Next(8, 12) : 10;
        return string.Concat(Enumerable.Range(0, length).Select(i =>
            i == 0 ? Alphabet[random.Next(26)] : i == 1 ? Alphabet[random.Next(Alphabet.Length)] : (char)('0' + random.Next(10))));
    }

    private static string Mutate(string id, Random random)
    {
        var chars = id.ToCharArray();
        var at = random.Next(chars.Length);
        chars[at] = at < 2 && random.Next(2) == 0 ? (char)('A' + random.Next(26)) : (char)('0' + random.Next(10));
        return new string(chars);
    }
}
