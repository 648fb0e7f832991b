using DocScan.Core.Rules;
using DocScan.Core.Scanning;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DocScan.Cli.Commands;

/// <summary>What every command reads first: the rules file and the documents its paths name.</summary>
internal static class CommandInputs
{
    /// <summary>The rules (the shipped defaults without a file); null after telling the user what is wrong with the file.</summary>
    public static async Task<ScanRules?> LoadRulesAsync(string? path, CliConsoles consoles, CancellationToken cancellationToken)
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

    /// <summary>A --rules option names a file that exists, or says which one is missing.</summary>
    public static ValidationResult CheckRulesFile(string? path) =>
        path is not null && !File.Exists(path) ? ValidationResult.Error($"找不到規則檔：{path}") : ValidationResult.Success();

    /// <summary>The documents to process; paths that do not exist are reported on the error stream and counted.</summary>
    public static (IReadOnlyList<DocumentPath> Documents, int Missing) ExpandPaths(IEnumerable<string> paths, CliConsoles consoles)
    {
        var (documents, missing) = DocumentPaths.Expand(paths);
        foreach (var path in missing)
        {
            consoles.Errors.MarkupLine($"[red]找不到：[/]{Markup.Escape(path)}");
        }

        return (documents, missing.Count);
    }
}
