using DocScan.Core.Detection;

namespace DocScan.Tests.Shared;

/// <summary>
/// Checks a hand-written list of finding types (schema enum, page labels, README table) against
/// <see cref="FindingCatalogue"/>, failing with what to add and what to remove where.
/// </summary>
public static class CatalogueAgreement
{
    /// <param name="where">The file and place the list is in, e.g. <c>rules/rules.schema.json $defs.findingType.enum</c>.</param>
    /// <param name="listed">The type ids written there, each as often as written.</param>
    public static void AssertListsEveryType(string where, IEnumerable<string> listed)
    {
        var ids = listed.ToList();
        var missing = FindingCatalogue.All.Select(d => d.Id).Except(ids, StringComparer.Ordinal).ToList();
        var unknown = ids.Where(id => !FindingCatalogue.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
        var twice = ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var problems = new List<string>();
        if (missing.Count > 0)
        {
            problems.Add($"add {string.Join(", ", missing)}");
        }

        if (unknown.Count > 0)
        {
            problems.Add($"remove {string.Join(", ", unknown)} (not in FindingCatalogue) or define them in src/DocScan.Core/Detection/FindingCatalogue.cs");
        }

        if (twice.Count > 0)
        {
            problems.Add($"list {string.Join(", ", twice)} once");
        }

        Xunit.Assert.True(problems.Count == 0, $"{where} disagrees with FindingCatalogue: {string.Join("; ", problems)}.");
    }
}
