using System.IO.Compression;
using DocScan.SampleDocs.Catalog;

namespace DocScan.SampleDocs.Packaging;

/// <summary>Writes zip archives (OOXML packages and plain archives) with entries in the given order and fixed timestamps.</summary>
public static class DeterministicZip
{
    public static byte[] Create(IEnumerable<(string Name, byte[] Content)> entries,
        CompressionLevel level = CompressionLevel.Optimal)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = archive.CreateEntry(name, level);
                entry.LastWriteTime = SampleClock.ZipEntryTime;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    public static byte[] Create(params (string Name, byte[] Content)[] entries) => Create(entries.AsEnumerable());
}
