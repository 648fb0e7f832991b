using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace DocScan.Core.Tests.Fuzz;

/// <summary>
/// Damage to one member of a zip package (docx, xlsx, pptx, docm, zip): a member missing, an XML part cut
/// short or no longer well-formed (the package re-zipped around it), a member's compressed bytes damaged
/// in place, or a nested document (an attachment) damaged in its own format.
/// </summary>
internal static class ZipMutator
{
    public const string DeleteMember = "zip-delete-member";
    public const string TruncateXml = "zip-truncate-xml";
    public const string DamageXml = "zip-damage-xml";
    public const string DamageCompressed = "zip-damage-compressed";
    public const string Nested = "zip-nested";

    public static readonly string[] Kinds = [DeleteMember, TruncateXml, DamageXml, DamageCompressed, Nested];

    /// <summary>The members, in order, or null when the bytes are no zip that System.IO.Compression reads.</summary>
    public static List<Member>? Read(byte[] content)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            var members = new List<Member>();
            foreach (var entry in archive.Entries)
            {
                using var stream = entry.Open();
                var data = new MemoryStream();
                stream.CopyTo(data);
                members.Add(new Member(entry.FullName, entry.LastWriteTime, data.ToArray()));
            }

            return members;
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or IOException)
        {
            return null;
        }
    }

    public static Mutation Apply(string kind, byte[] content, List<Member> members, Random random, int depth) => kind switch
    {
        DeleteMember => Delete(members, random),
        TruncateXml => ChangeXml(TruncateXml, members, random, (xml, r) =>
        {
            var keep = r.Next(1, xml.Length);
            return (xml[..keep], $"kept {keep} of {xml.Length} bytes");
        }) ?? InPlace(content, random),
        DamageXml => ChangeXml(DamageXml, members, random, XmlMutator.Damage) ?? InPlace(content, random),
        DamageCompressed => InPlace(content, random),
        Nested => DamageNested(members, random, depth) ?? ChangeXml(DamageXml, members, random, XmlMutator.Damage) ?? InPlace(content, random),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static byte[] Write(IEnumerable<Member> members)
    {
        var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var member in members)
            {
                var entry = archive.CreateEntry(member.Name, CompressionLevel.Optimal);
                entry.LastWriteTime = member.LastWriteTime;
                using var stream = entry.Open();
                stream.Write(member.Data);
            }
        }

        return output.ToArray();
    }

    private static Mutation Delete(List<Member> members, Random random)
    {
        var drop = random.Next(members.Count);
        return new Mutation(DeleteMember, Write(members.Where((_, i) => i != drop)), $"{members[drop].Name} deleted");
    }

    private static Mutation? ChangeXml(string kind, List<Member> members, Random random, Func<byte[], Random, (byte[] Xml, string What)> change)
    {
        var xml = members.Select((m, i) => (m, i)).Where(t => IsXml(t.m)).ToList();
        if (xml.Count == 0)
        {
            return null;
        }

        // Damage falls where the bytes are: a large part (the document body, a sheet) most often.
        var (member, index) = PickWeighted(xml, t => t.m.Data.Length, random);
        var (changed, what) = change(member.Data, random);
        var copy = members.ToList();
        copy[index] = member with { Data = changed };
        return new Mutation(kind, Write(copy), $"{member.Name}: {what}");
    }

    /// <summary>Bits flipped inside one member's compressed data, the zip structure around it untouched.</summary>
    private static Mutation InPlace(byte[] content, Random random)
    {
        var entries = CentralDirectory(content).Where(e => e.CompressedSize > 0).ToList();
        if (entries.Count == 0)
        {
            return ByteMutator.FlipBits(content, random, 0, content.Length, 4) with { Kind = DamageCompressed + "(none)>" + ByteMutator.Flip };
        }

        var entry = PickWeighted(entries, e => e.CompressedSize, random);
        var flipped = ByteMutator.FlipBits(content, random, entry.DataStart, entry.DataStart + entry.CompressedSize, random.Next(1, 4));
        return new Mutation(DamageCompressed, flipped.Content, $"{entry.Name}: {flipped.Detail} of {entry.CompressedSize} compressed bytes");
    }

    /// <summary>A member that is a document of its own (an attachment, a nested zip) damaged in its own format.</summary>
    private static Mutation? DamageNested(List<Member> members, Random random, int depth)
    {
        var documents = members.Select((m, i) => (m, i)).Where(t => !IsXml(t.m) && Mutators.IsDocument(t.m.Data, t.m.Name)).ToList();
        if (documents.Count == 0 || depth >= 3)
        {
            return null;
        }

        var (member, index) = documents[random.Next(documents.Count)];
        var inner = Mutators.MutateStructured(member.Data, member.Name, random, depth + 1);
        var copy = members.ToList();
        copy[index] = member with { Data = inner.Content };
        return inner.Inside(Nested, member.Name, Write(copy));
    }

    private static bool IsXml(Member member) =>
        member.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || member.Name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static T PickWeighted<T>(List<T> items, Func<T, int> weight, Random random)
    {
        var total = items.Sum(i => (long)Math.Max(1, weight(i)));
        var pick = random.NextInt64(total);
        foreach (var item in items)
        {
            pick -= Math.Max(1, weight(item));
            if (pick < 0)
            {
                return item;
            }
        }

        return items[^1];
    }

    /// <summary>Where each member's compressed data lies, read from the central directory and the local headers.</summary>
    private static List<(string Name, int DataStart, int CompressedSize)> CentralDirectory(byte[] zip)
    {
        var entries = new List<(string, int, int)>();
        var span = zip.AsSpan();
        var eocd = span.LastIndexOf("PK\u0005\u0006"u8);
        if (eocd < 0 || eocd + 22 > span.Length)
        {
            return entries;
        }

        var count = BinaryPrimitives.ReadUInt16LittleEndian(span[(eocd + 10)..]);
        var at = (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(eocd + 16)..]);
        for (var i = 0; i < count && at + 46 <= span.Length && span[at..].StartsWith("PK\u0001\u0002"u8); i++)
        {
            var compressed = (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(at + 20)..]);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 28)..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 30)..]);
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 32)..]);
            var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(at + 42)..]);
            var name = Encoding.UTF8.GetString(span.Slice(at + 46, nameLength));
            if (local + 30 <= span.Length)
            {
                var dataStart = local + 30 + BinaryPrimitives.ReadUInt16LittleEndian(span[(local + 26)..]) + BinaryPrimitives.ReadUInt16LittleEndian(span[(local + 28)..]);
                if (dataStart + compressed <= span.Length)
                {
                    entries.Add((name, dataStart, compressed));
                }
            }

            at += 46 + nameLength + extraLength + commentLength;
        }

        return entries;
    }

    internal sealed record Member(string Name, DateTimeOffset LastWriteTime, byte[] Data);
}
