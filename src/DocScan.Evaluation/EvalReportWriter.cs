using System.Globalization;
using System.Text;
using DocScan.Core.Reporting;

namespace DocScan.Evaluation;

/// <summary>
/// The printed scores: per type, overall, verdicts, look-alikes, worst documents. Values appear only
/// masked (first and last character), so the text can be kept (bench/eval.txt) and shared.
/// </summary>
public static class EvalReportWriter
{
    public static string Ratio(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "  -  ";

    public static string Write(EvalResult result, int worst = 15)
    {
        var text = new StringBuilder();
        var documents = result.Documents;
        text.AppendLine($"評估結果 / evaluation: {documents.Count} documents, {result.Labels} private labels, {result.RoleTypes.Values.Sum(r => r.Labels)} official/organisation labels, {result.LookAlikes} look-alikes");
        if (result.Unlabelled.Count > 0)
        {
            text.AppendLine($"未標註、未計分 / unlabelled, not scored: {result.Unlabelled.Count} ({string.Join(", ", result.Unlabelled.Take(5))}{(result.Unlabelled.Count > 5 ? ", …" : "")})");
        }

        text.AppendLine();
        text.AppendLine("個人資料（role: private）各類型 / per type");
        text.AppendLine($"{"type",-22}{"labels",7}{"found",7}{"TP",6}{"FP",6}{"FN",6}{"recall",9}{"precision",11}");
        foreach (var score in result.Types.Values.Where(t => t.Labels > 0 || t.Found > 0))
        {
            text.AppendLine($"{score.Type,-22}{score.Labels,7}{score.Found,7}{score.TruePositives,6}{score.FalsePositives,6}{score.FalseNegatives,6}{Ratio(score.Recall),9}{Ratio(score.Precision),11}");
        }

        text.AppendLine($"{"ALL",-22}{result.Labels,7}{result.Found,7}{result.TruePositives,6}{result.FalsePositives,6}{result.Labels - result.TruePositives,6}{Ratio(result.Recall),9}{Ratio(result.Precision),11}");
        text.AppendLine();
        text.AppendLine($"overall recall      {Ratio(result.Recall)}");
        text.AppendLine($"overall precision   {Ratio(result.Precision)}");
        text.AppendLine($"strict precision    {Ratio(result.StrictPrecision)} (official/organisation values reported without a role count as false positives: {result.WithoutRole})");
        text.AppendLine($"person-name recall  {Ratio(result.PersonNameRecall)}");
        text.AppendLine($"verdict accuracy    {Ratio(result.VerdictAccuracy)} ({documents.Count(d => d.VerdictCorrect)}/{documents.Count})");
        text.AppendLine($"look-alikes flagged {result.LookAlikesFlagged} of {result.LookAlikes}");
        text.AppendLine();

        if (result.RoleTypes.Count > 0)
        {
            text.AppendLine("機關與組織資料（role: official / organisation）：應列出並標明角色，不影響判定");
            text.AppendLine($"{"role",-14}{"type",-22}{"labels",7}{"found",7}{"role ok",9}{"as private",12}");
            foreach (var role in result.RoleTypes.Values)
            {
                text.AppendLine($"{ReportJson.RoleId(role.Role),-14}{role.Type,-22}{role.Labels,7}{role.Found,7}{role.RoleCorrect,9}{role.ReportedPrivate,12}");
            }

            text.AppendLine();
        }

        text.AppendLine("判定混淆表 / verdict confusion (rows expected, columns actual)");
        text.Append($"{"",-12}");
        foreach (var verdict in Verdicts.Ordered)
        {
            text.Append($"{verdict,11}");
        }

        text.AppendLine();
        for (var row = 0; row < Verdicts.Ordered.Length; row++)
        {
            text.Append($"{Verdicts.Ordered[row],-12}");
            for (var column = 0; column < Verdicts.Ordered.Length; column++)
            {
                text.Append($"{result.Confusion[row, column],11}");
            }

            text.AppendLine();
        }

        text.AppendLine();
        if (documents.Any(d => d.Kind is not null))
        {
            text.AppendLine("各類文件 / per kind of document (kind, documents, verdict right, private labels found)");
            foreach (var kind in documents.GroupBy(d => d.Kind ?? "-").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var labels = kind.Sum(d => d.PrivateLabels);
                var found = labels - kind.Sum(d => d.Missed.Count);
                text.AppendLine($"  {kind.Key}: {kind.Count()} documents, verdict right {kind.Count(d => d.VerdictCorrect)}, labels found {found}/{labels}");
            }

            text.AppendLine();
        }

        var flagged = documents.Where(d => d.LookAlikesFlagged.Count > 0).ToList();
        if (flagged.Count > 0)
        {
            text.AppendLine("誤判的相似值 / look-alikes flagged");
            foreach (var document in flagged)
            {
                text.AppendLine($"  {document.Name}: {string.Join(", ", document.LookAlikesFlagged)}");
            }

            text.AppendLine();
        }

        var bad = documents.Where(d => d.Badness > 0).OrderByDescending(d => d.Badness).ThenBy(d => d.Name, StringComparer.Ordinal).Take(worst).ToList();
        if (bad.Count > 0)
        {
            text.AppendLine($"最差的文件 / worst documents (top {bad.Count})");
            foreach (var document in bad)
            {
                var problems = document.Problems.Count > 0 ? $" [{string.Join(", ", document.Problems)}]" : "";
                text.AppendLine($"  {document.Name}: expected {document.ExpectedVerdict}, got {document.ActualVerdict}{problems}; missed {document.Missed.Count}, extra {document.Extra.Count}, official/organisation values listed {document.RoleValuesFound}");
                if (document.Missed.Count > 0)
                {
                    text.AppendLine($"    missed: {string.Join(", ", document.Missed.Take(8))}{(document.Missed.Count > 8 ? ", …" : "")}");
                }

                if (document.Extra.Count > 0)
                {
                    text.AppendLine($"    extra:  {string.Join(", ", document.Extra.Take(8))}{(document.Extra.Count > 8 ? ", …" : "")}");
                }
            }
        }

        return text.ToString();
    }
}
