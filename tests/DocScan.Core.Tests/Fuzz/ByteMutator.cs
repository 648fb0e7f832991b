namespace DocScan.Core.Tests.Fuzz;

/// <summary>Damage that knows nothing of the format: what a bad disk sector, a cut-off upload or a flaky line does to any file.</summary>
internal static class ByteMutator
{
    public const string Flip = "byte-flip";
    public const string Truncate = "truncate";
    public const string Insert = "insert-bytes";
    public const string ZeroBlock = "zero-block";

    public static readonly string[] Kinds = [Flip, Truncate, Insert, ZeroBlock];

    public static Mutation Apply(string kind, byte[] content, Random random) => kind switch
    {
        Flip => FlipBits(content, random, 0, content.Length, random.Next(1, 9)),
        Truncate => Cut(content, random),
        Insert => InsertBytes(content, random),
        ZeroBlock => Zero(content, random),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Flips <paramref name="count"/> single bits at random places in [start, end).</summary>
    public static Mutation FlipBits(byte[] content, Random random, int start, int end, int count)
    {
        var copy = (byte[])content.Clone();
        var at = new List<int>();
        for (var i = 0; i < count && end > start; i++)
        {
            var position = random.Next(start, end);
            copy[position] ^= (byte)(1 << random.Next(8));
            at.Add(position);
        }

        return new Mutation(Flip, copy, $"{count} bit(s) at {string.Join(",", at)}");
    }

    private static Mutation Cut(byte[] content, Random random)
    {
        var keep = random.Next(1, Math.Max(2, content.Length));
        return new Mutation(Truncate, content[..keep], $"kept {keep} of {content.Length} bytes");
    }

    private static Mutation InsertBytes(byte[] content, Random random)
    {
        var at = random.Next(content.Length + 1);
        var inserted = new byte[random.Next(1, 65)];
        random.NextBytes(inserted);
        return new Mutation(Insert, [.. content[..at], .. inserted, .. content[at..]], $"{inserted.Length} bytes at {at}");
    }

    private static Mutation Zero(byte[] content, Random random)
    {
        // A lost 512-byte sector, aligned as the disk would lose it.
        var copy = (byte[])content.Clone();
        var sector = random.Next(Math.Max(1, (content.Length + 511) / 512));
        var start = sector * 512;
        Array.Clear(copy, start, Math.Min(512, copy.Length - start));
        return new Mutation(ZeroBlock, copy, $"sector {sector} zeroed");
    }
}

/// <summary>A damaged copy and what was done to it (offsets, part names; never content).</summary>
internal sealed record Mutation(string Kind, byte[] Content, string Detail)
{
    /// <summary>The same damage, reported as done inside a container's member (an attachment, a zip member).</summary>
    public Mutation Inside(string kind, string member, byte[] container) => new($"{kind}>{Kind}", container, $"{member}: {Detail}");
}
