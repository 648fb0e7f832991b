using System.Text.RegularExpressions;

namespace DocScan.Infra.Tests;

/// <summary>Patterns for the deployment-time expressions a snapshot leaves in place.</summary>
internal static class ArmExpression
{
    /// <summary>reference('&lt;id&gt;', '&lt;api-version&gt;'[, 'full']).&lt;path&gt;, as a whole value or inside format().</summary>
    public static string Reference(string resourceId, string path) =>
        $@"reference\('{Regex.Escape(resourceId)}', '\d{{4}}-\d{{2}}-\d{{2}}(-preview)?'(, 'full')?\)\.{Regex.Escape(path)}";

    /// <summary>A value that is exactly one reference() of a resource.</summary>
    public static string WholeReference(string resourceId, string path) => $@"^\[{Reference(resourceId, path)}\]$";
}
