using System.Text.Json.Nodes;
using DocScan.Web;

namespace DocScan.Cli.Tests;

public sealed class UsersCommandTests
{
    private const string Password = "審核用-長密碼-2026-11";

    [Fact]
    public async Task Adds_a_user_whose_password_is_kept_only_as_a_hash_and_signs_in()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "users.json");

        var run = await CliRun.RunWithInputAsync(Password + "\n", "users", "add", "王淑芬", "--role", "reviewer", "--role", "auditor",
            "--file", file, "--password-stdin");

        Assert.Equal(0, run.ExitCode);
        var text = await File.ReadAllTextAsync(file);
        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        var user = Assert.Single(JsonNode.Parse(text)!["users"]!.AsArray())!;
        Assert.Equal("王淑芬", (string?)user["name"]);
        Assert.StartsWith("pbkdf2-sha256$", (string?)user["password"], StringComparison.Ordinal);
        var users = await LocalUsers.LoadAsync(file, CancellationToken.None);
        Assert.Equal(["reviewer", "auditor"], users.SignIn("王淑芬", Password)?.Roles);
        Assert.Null(users.SignIn("王淑芬", Password + "x"));
    }

    [Fact]
    public async Task Adding_the_same_name_again_replaces_roles_and_password()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "users.json");
        await CliRun.RunWithInputAsync(Password + "\n", "users", "add", "李建國", "--role", "reviewer", "--file", file, "--password-stdin");
        await CliRun.RunWithInputAsync("另一個夠長的新密碼-0001\n", "users", "add", "李建國", "--role", "auditor", "--file", file, "--password-stdin");

        var users = await LocalUsers.LoadAsync(file, CancellationToken.None);

        Assert.Equal(1, users.Count);
        Assert.Null(users.SignIn("李建國", Password));
        Assert.Equal(["auditor"], users.SignIn("李建國", "另一個夠長的新密碼-0001")?.Roles);
    }

    [Theory]
    [InlineData("short", "reviewer", "至少")]
    [InlineData(Password, "admin", "不認得的角色")]
    public async Task Short_passwords_and_unknown_roles_are_refused(string password, string role, string message)
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "users.json");

        var run = await CliRun.RunWithInputAsync(password + "\n", "users", "add", "陳美玲", "--role", role, "--file", file, "--password-stdin");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.All, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task A_password_piped_in_without_the_flag_is_read_as_a_script_expects()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "users.json");

        var run = await CliRun.RunWithInputAsync(Password + "\n", "users", "add", "王淑芬", "--role", "reviewer", "--file", file);

        Assert.Equal(0, run.ExitCode);
        var users = await LocalUsers.LoadAsync(file, CancellationToken.None);
        Assert.Equal(["reviewer"], users.SignIn("王淑芬", Password)?.Roles);
    }

    [Fact]
    public async Task No_password_and_no_terminal_is_a_usage_error_that_says_how()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "users.json");

        var run = await CliRun.RunWithInputAsync("", "users", "add", "王淑芬", "--role", "reviewer", "--file", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--password-stdin", run.Errors, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_users_file_is_readable_by_its_owner_only()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "users.json");

        await CliRun.RunWithInputAsync(Password + "\n", "users", "add", "王淑芬", "--role", "reviewer", "--file", file, "--password-stdin");
        await CliRun.RunWithInputAsync(Password + "\n", "users", "add", "李建國", "--role", "auditor", "--file", file, "--password-stdin");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }
}
