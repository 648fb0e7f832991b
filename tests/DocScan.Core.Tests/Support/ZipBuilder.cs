using System.IO.Compression;
using System.Text;

namespace DocScan.Core.Tests.Support;

/// <summary>Builds zip archives in memory for archive and OOXML-sniffing fixtures.</summary>
public static class ZipBuilder
{
    public static byte[] Build(params (string Name, byte[] Data)[] entries) => Build(null, CompressionLevel.Optimal, entries);

    public static byte[] BuildText(params (string Name, string Text)[] entries) =>
        Build(entries.Select(e => (e.Name, Encoding.UTF8.GetBytes(e.Text))).ToArray());

    /// <param name="entryNameEncoding">Null writes names as UTF-8 with the UTF-8 flag; others write them without it.</param>
    public static byte[] Build(Encoding? entryNameEncoding, CompressionLevel level, params (string Name, byte[] Data)[] entries)
    {
        var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding))
        {
            foreach (var (name, data) in entries)
            {
                using var stream = archive.CreateEntry(name, level).Open();
                stream.Write(data);
            }
        }

        return output.ToArray();
    }
}
