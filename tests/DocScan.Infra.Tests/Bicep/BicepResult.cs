using System.Text.RegularExpressions;

namespace DocScan.Infra.Tests.Bicep;

/// <summary>What one run of the Bicep CLI produced.</summary>
internal sealed partial record BicepResult(string Command, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>
    /// Diagnostics Bicep printed, whatever their level: lines such as
    /// <c>main.bicep(12,3) : Warning no-unused-params: ...</c>. Info-level diagnostics are never printed.
    /// </summary>
    public IReadOnlyList<string> Diagnostics =>
        (StandardError + "\n" + StandardOutput)
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => DiagnosticLine().IsMatch(line))
            .ToList();

    /// <summary>True when the run succeeded and said nothing on stderr: no error, no warning, no notice.</summary>
    public bool IsClean => ExitCode == 0 && Diagnostics.Count == 0 && StandardError.Trim().Length == 0;

    public string Describe() =>
        $"`{Command}` exited {ExitCode}.\nstderr:\n{StandardError}\nstdout (first 2000 chars):\n{Truncate(StandardOutput, 2000)}";

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    [GeneratedRegex(@"\(\d+,\d+\)\s*:\s*(Error|Warning)\b")]
    private static partial Regex DiagnosticLine();
}
