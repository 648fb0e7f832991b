using DocScan.Core.Rules;
using Spectre.Console;

namespace DocScan.Cli.Commands;

/// <summary>The <c>--rules</c> option of the commands that scan: the shipped defaults, or the agency's file.</summary>
internal static class RulesFile
{
    /// <returns>The rules, or null when the file is not valid (the reason is already printed).</returns>
    public static async Task<ScanRules?> LoadAsync(string? path, CliConsoles consoles, CancellationToken cancellationToken)
    {
        try
        {
            return path is null ? ScanRules.Default : await ScanRules.LoadAsync(path, cancellationToken);
        }
        catch (RulesFileException ex)
        {
            consoles.Errors.MarkupLine($"[red]錯誤：[/]{Markup.Escape(ex.Message)}");
            return null;
        }
    }
}
