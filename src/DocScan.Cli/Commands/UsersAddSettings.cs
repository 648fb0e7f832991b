using System.ComponentModel;
using DocScan.Storage.Review;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DocScan.Cli.Commands;

public sealed class UsersAddSettings : CommandSettings
{
    private static readonly string[] KnownRoles = [ReviewRoles.Reviewer, ReviewRoles.Auditor, ReviewRoles.Uploader];

    [CommandArgument(0, "<NAME>")]
    [Description("登入名稱，例如 王淑芬 或 shufen.wang@example.gov.tw。同名者會被取代（更換角色或密碼）。")]
    public string Name { get; init; } = "";

    [CommandOption("--role <ROLE>")]
    [Description("角色，可重複：reviewer（審核人員）、auditor（稽核人員，唯讀）、uploader（上傳文件的承辦人）。")]
    public string[] Roles { get; init; } = [];

    [CommandOption("--file <FILE>")]
    [Description("使用者檔（預設 users.json）；docscan serve --users 讀取同一個檔案。")]
    [DefaultValue("users.json")]
    public string File { get; init; } = "users.json";

    [CommandOption("--password-stdin")]
    [Description("從標準輸入讀取密碼（一行），供指令稿使用；否則會提示輸入兩次。")]
    public bool PasswordFromStdin { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            return ValidationResult.Error("請指定登入名稱。");
        }

        if (Roles.Length == 0)
        {
            return ValidationResult.Error($"請以 --role 指定至少一個角色（{string.Join("、", KnownRoles)}）。");
        }

        return Roles.FirstOrDefault(r => !KnownRoles.Contains(r, StringComparer.Ordinal)) is { } unknown
            ? ValidationResult.Error($"不認得的角色：{unknown}（可用 {string.Join("、", KnownRoles)}）。")
            : ValidationResult.Success();
    }
}
