using System.Buffers.Binary;
using System.Text;

namespace DocScan.Core.Tests.Extraction.Legacy;

/// <summary>
/// Edits the directory of a small compound file in place (512-byte sectors, the directory in
/// consecutive sectors), to make files LibreOffice cannot: a VBA storage, an embedded object, an
/// encrypted presentation's marker stream.
/// </summary>
internal static class CompoundFilePatch
{
    private const int EntrySize = 128;

    /// <summary>Byte offset of the directory entry called <paramref name="name"/>.</summary>
    public static int Entry(byte[] file, string name)
    {
        var at = file.AsSpan().IndexOf(Encoding.Unicode.GetBytes(name));
        Assert.True(at >= 0 && at % EntrySize == 0, $"{name} is not a directory entry name");
        return at;
    }

    public static void Rename(byte[] file, int entry, string name)
    {
        var raw = Encoding.Unicode.GetBytes(name + "\0");
        file.AsSpan(entry, 64).Clear();
        raw.CopyTo(file, entry);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(entry + 0x40), (ushort)raw.Length);
    }

    /// <summary>Turns the stream entry <paramref name="stream"/> into a storage named <paramref name="storage"/> holding the entry <paramref name="member"/>.</summary>
    public static void MakeStorage(byte[] file, string stream, string storage, string member)
    {
        var entry = Entry(file, stream);
        var child = (uint)((Entry(file, member) - DirectoryStart(file)) / EntrySize);
        Rename(file, entry, storage);
        file[entry + 0x42] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(entry + 0x4C), child);
    }

    private static int DirectoryStart(byte[] file) => ((int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(0x30)) + 1) * 512;
}
