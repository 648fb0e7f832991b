namespace DocScan.Core.Tests.Fuzz;

/// <summary>Damage to a plain-text file: bytes that are valid in no encoding, dropped in among the text.</summary>
internal static class TextMutator
{
    public const string InvalidBytes = "text-invalid-bytes";

    public static readonly string[] Kinds = [InvalidBytes];

    private static readonly byte[][] Garbage = [[0xFF], [0x80], [0xC3], [0xE6, 0x9C], [0x00], [0xFE, 0xFF], [0xA4]];

    public static Mutation Apply(byte[] content, Random random)
    {
        var bytes = content.ToList();
        var count = random.Next(1, 5);
        var at = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var position = random.Next(bytes.Count + 1);
            bytes.InsertRange(position, Garbage[random.Next(Garbage.Length)]);
            at.Add(position);
        }

        return new Mutation(InvalidBytes, [.. bytes], $"invalid bytes at {string.Join(",", at)}");
    }
}
