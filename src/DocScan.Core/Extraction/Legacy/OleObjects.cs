using System.Buffers.Binary;
using DocScan.Core.Formats;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// What an embedded OLE object's storage wraps when it is no Office 97–2003 document itself: a modern
/// Office file in its "Package" stream, a packaged file in "\u0001Ole10Native" (a label, the original
/// path, then the file's bytes), or another program's data in "CONTENTS" (a PDF, for one).
/// </summary>
internal static class OleObjects
{
    private const string Ole10Native = "\u0001Ole10Native";

    /// <summary>How an embedded object is named in a location: 內嵌物件1, 內嵌物件2…</summary>
    public static string Name(int number) => $"內嵌物件{number}";

    /// <summary>The file the object wraps and its name; null when the storage holds none of the known streams.</summary>
    public static (byte[] Content, string Name)? WrappedFile(LegacyFile file)
    {
        if (file.Read("Package", optional: true) is { } package)
        {
            return (package, "Package");
        }

        if (file.Read(Ole10Native, optional: true) is { } native)
        {
            return Native(native);
        }

        return file.Read("CONTENTS", optional: true) is { } contents ? (contents, "CONTENTS") : null;
    }

    // Ole10Native: size (4), a type word, label and source path (zero-terminated), a 4-byte marker,
    // the temporary path (a 4-byte length and the zero-terminated string), then the data's size (4) and the data.
    private static (byte[], string) Native(byte[] stream)
    {
        try
        {
            var position = 6;
            var label = ZeroTerminated(stream, ref position);
            ZeroTerminated(stream, ref position);
            position += 4;
            var tempLength = BinaryPrimitives.ReadInt32LittleEndian(stream.AsSpan(position));
            position += 4 + tempLength;
            var size = BinaryPrimitives.ReadInt32LittleEndian(stream.AsSpan(position));
            position += 4;
            if (tempLength < 0 || size < 0 || position + size > stream.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(stream));
            }

            return (stream[position..(position + size)], label.Length > 0 ? label : "Ole10Native");
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new ScanProblemException(ProblemCodes.Corrupt, "內嵌物件的封裝資料（Ole10Native）不完整，其中的檔案未能檢查。");
        }
    }

    // Packager writes names in the system code page, Big5 on the Windows of a Taiwanese agency.
    private static string ZeroTerminated(byte[] stream, ref int position)
    {
        var end = Array.IndexOf(stream, (byte)0, position);
        if (end < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(stream));
        }

        var text = Big5.Encoding.GetString(stream, position, end - position);
        position = end + 1;
        return Path.GetFileName(text);
    }
}
