using System.Text;
using System.Text.RegularExpressions;

namespace DocScan.Core.Rules;

/// <summary>
/// A gitignore-style path pattern from the rules file: <c>*</c> and <c>?</c> stay within one folder
/// name, <c>**</c> crosses folders, a pattern without a leading <c>/</c> matches at any depth, and one
/// that names a folder covers everything inside it. Backslashes count as slashes on both sides.
/// </summary>
public sealed class PathPattern
{
    private readonly Regex _regex;

    public PathPattern(string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        Pattern = pattern;
        _regex = new Regex(ToRegex(pattern.Trim().Replace('\\', '/')),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    public string Pattern { get; }

    public bool Matches(string path) => _regex.IsMatch(path.Replace('\\', '/'));

    private static string ToRegex(string glob)
    {
        var regex = new StringBuilder(glob.StartsWith('/') ? "^/?" : "(?:^|/)");
        var body = glob.TrimStart('/').TrimEnd('/');
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '*' && i + 1 < body.Length && body[i + 1] == '*')
            {
                var folders = i + 2 < body.Length && body[i + 2] == '/';
                regex.Append(folders ? "(?:.*/)?" : ".*");
                i += folders ? 2 : 1;
            }
            else
            {
                regex.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        return regex.Append("(?:/.*)?$").ToString();
    }
}
