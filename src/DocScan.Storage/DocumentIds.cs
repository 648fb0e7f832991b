using System.Security.Cryptography;
using System.Text;
using Azure;

namespace DocScan.Storage;

/// <summary>
/// Names one version of one blob: a digest of its container, its name and its ETag.
/// <para>
/// The ETag, not the version id, because every write that makes a new version also makes a new ETag,
/// and the ETag is there wherever the same blob is seen: the trigger, a listing, Event Grid's event,
/// the poison message, and Azurite, which has no versions. The blob trigger's own receipts are keyed
/// by ETag too, so "the same delivery twice" means the same thing to the host and to us. Index tags
/// change neither, and DocScan never changes the original otherwise. The version id, when the account
/// keeps versions, is recorded in the report for restoring.
/// </para>
/// <para>A digest rather than the name itself: a file name can be personal data, and ids travel in logs and URLs.</para>
/// </summary>
public static class DocumentIds
{
    public const int Length = 32;

    public static string For(string container, string blobName, ETag etag)
    {
        var key = $"docscan-document-v1\n{container}/{blobName}\n{Unquoted(etag)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..Length];
    }

    public static bool IsValid(string? id) =>
        id is { Length: Length } && id.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    // Some APIs hand out the ETag quoted, some not; the same version must get the same id.
    private static string Unquoted(ETag etag) => etag.ToString().Trim('"');
}
