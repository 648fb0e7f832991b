using DocScan.Web;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DocScan.Cli.Commands;

/// <summary><c>docscan users add</c>: adds a local user for <c>docscan serve</c>'s reviewer page; only a PBKDF2 hash of the password is kept.</summary>
public sealed class UsersAddCommand(CliConsoles consoles) : AsyncCommand<UsersAddSettings>
{
    private const int MinimumPasswordLength = 12;

    public override async Task<int> ExecuteAsync(CommandContext context, UsersAddSettings settings, CancellationToken cancellationToken)
    {
        // A script pipes the password in; with no terminal to ask on, standard input is the only place it can come from.
        var fromInput = settings.PasswordFromStdin || !consoles.Errors.Profile.Capabilities.Interactive;
        var password = fromInput ? (await consoles.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r') : Prompt();
        if (password is null)
        {
            if (fromInput)
            {
                consoles.Errors.MarkupLine("[red]沒有讀到密碼：請在終端機執行以輸入密碼，或以 --password-stdin 由標準輸入提供（例如 printf '%s\\n' \"$密碼\" | docscan users add …）。[/]");
            }

            return DocScanApp.UsageError;
        }

        if (password.Length < MinimumPasswordLength)
        {
            consoles.Errors.MarkupLine($"[red]密碼至少需要 {MinimumPasswordLength} 個字元。[/]");
            return DocScanApp.UsageError;
        }

        try
        {
            await LocalUsers.AddAsync(settings.File, settings.Name.Trim(), settings.Roles.Distinct().ToList(), password, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            consoles.Errors.MarkupLine($"[red]無法寫入使用者檔：[/]{Markup.Escape(ex.Message)}");
            return DocScanApp.UsageError;
        }

        consoles.Errors.MarkupLine($"已將 {Markup.Escape(settings.Name.Trim())}（{Markup.Escape(string.Join("、", settings.Roles.Distinct()))}）寫入 {Markup.Escape(settings.File)}。");
        return 0;
    }

    private string? Prompt()
    {
        var first = consoles.Errors.Prompt(new TextPrompt<string>("密碼：").Secret());
        var second = consoles.Errors.Prompt(new TextPrompt<string>("再輸入一次：").Secret());
        if (first == second)
        {
            return first;
        }

        consoles.Errors.MarkupLine("[red]兩次輸入的密碼不同。[/]");
        return null;
    }
}
