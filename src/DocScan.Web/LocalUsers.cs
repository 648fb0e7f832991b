using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DocScan.Storage.Review;

namespace DocScan.Web;

/// <summary>
/// The reviewers, auditors and uploaders of a local host (<c>docscan serve</c>), where no platform signs people
/// in: a JSON file of names, roles and PBKDF2 password hashes, written by <c>docscan users add</c>.
/// </summary>
public sealed class LocalUsers
{
    private const string Scheme = "pbkdf2-sha256";
    private const int Iterations = 210_000; // OWASP's figure for PBKDF2-HMAC-SHA256
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Verifying a name nobody has still costs one hash, so timing does not tell which names exist. Made at the first
    // such sign-in, not when the type loads: every docscan serve start and users add would pay 210,000 iterations for it.
    private static readonly Lazy<string> DecoyHash = new(() => HashPassword(Guid.NewGuid().ToString()));

    private readonly IReadOnlyList<LocalUser> _users;

    private LocalUsers(IReadOnlyList<LocalUser> users) => _users = users;

    public static LocalUsers None { get; } = new([]);

    public int Count => _users.Count;

    public static async Task<LocalUsers> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return None;
        }

        await using var stream = File.OpenRead(path);
        try
        {
            var file = await JsonSerializer.DeserializeAsync<UsersFile>(stream, Json, cancellationToken).ConfigureAwait(false);
            return new LocalUsers(file?.Users ?? []);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"使用者檔 {path} 格式錯誤：{ex.Message}", ex);
        }
    }

    // Password hashes can be attacked offline: only the account that runs docscan serve may read the file.
    private static FileStreamOptions OwnerOnly()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }

    /// <summary>Adds a user, or replaces the roles and password of one with the same name; the file is readable by its owner only.</summary>
    public static async Task AddAsync(string path, string name, IReadOnlyList<string> roles, string password, CancellationToken cancellationToken)
    {
        var users = (await LoadAsync(path, cancellationToken).ConfigureAwait(false))._users
            .Where(u => !string.Equals(u.Name, name, StringComparison.Ordinal))
            .Append(new LocalUser(name, roles.ToArray(), HashPassword(password)))
            .ToList();
        var temporary = path + ".tmp";
        File.Delete(temporary);
        await using (var stream = new FileStream(temporary, OwnerOnly()))
        {
            await JsonSerializer.SerializeAsync(stream, new UsersFile(users), Json, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The caller these credentials belong to, or null.</summary>
    public ReviewCaller? SignIn(string? name, string? password)
    {
        var user = _users.FirstOrDefault(u => string.Equals(u.Name, name?.Trim(), StringComparison.Ordinal));
        var matches = Verify(password ?? "", user?.Password ?? DecoyHash.Value);
        return user is not null && matches ? new ReviewCaller(user.Name, user.Roles) : null;
    }

    public static string HashPassword(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        return $"{Scheme}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    private static bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], out var iterations) || iterations < 1)
        {
            return false;
        }

        try
        {
            var expected = Convert.FromBase64String(parts[3]);
            var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), Convert.FromBase64String(parts[2]), iterations,
                HashAlgorithmName.SHA256, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private sealed record UsersFile(IReadOnlyList<LocalUser> Users);

    private sealed record LocalUser(string Name, string[] Roles, string Password);
}
