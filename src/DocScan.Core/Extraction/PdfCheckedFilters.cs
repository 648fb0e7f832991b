using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace DocScan.Core.Extraction;

/// <summary>
/// PdfPig's filters, with Flate checked: PdfPig inflates without the zlib checksum and, when inflating
/// fails, hands back the compressed bytes as if they were the content, so a damaged page reads as an
/// empty one. Here every Flate stream is inflated with its Adler-32 checksum verified; a stream that
/// fails is recorded as damaged and yields what could be inflated before the damage (as pdftotext does).
/// </summary>
internal sealed class PdfCheckedFilters : BaseFilterProvider
{
    public PdfCheckedFilters(PdfReadFaults faults)
        : base(Filters(faults))
    {
    }

    private static Dictionary<string, IFilter> Filters(PdfReadFaults faults)
    {
        var defaults = DefaultFilterProvider.Instance;
        string[] names =
        [
            "ASCII85Decode", "A85", "ASCIIHexDecode", "AHx", "CCITTFaxDecode", "CCF", "DCTDecode", "DCT",
            "JBIG2Decode", "JPXDecode", "RunLengthDecode", "RL", "LZWDecode", "LZW",
        ];
        var filters = names.ToDictionary(name => name, name => defaults.GetNamedFilters([NameToken.Create(name)])[0]);
        var flate = new CheckedFlateFilter(defaults.GetNamedFilters([NameToken.FlateDecode])[0], faults);
        filters[NameToken.FlateDecode.Data] = flate;
        filters[NameToken.FlateDecodeAbbreviation.Data] = flate;
        return filters;
    }

    private sealed class CheckedFlateFilter(IFilter pdfPigFlate, PdfReadFaults faults) : IFilter
    {
        public bool IsSupported => true;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            using var output = new MemoryStream(input.Length * 3);
            try
            {
                using (var zlib = new ZLibStream(ContentStream.Open(input), CompressionMode.Decompress))
                {
                    zlib.CopyTo(output);
                }

                // Predictors (PNG rows in cross-reference streams and images) are PdfPig's to undo.
                return HasPredictor(streamDictionary, filterIndex)
                    ? pdfPigFlate.Decode(input, streamDictionary, filterProvider, filterIndex)
                    : output.GetBuffer().AsMemory(0, (int)output.Length);
            }
            catch (InvalidDataException)
            {
                faults.StreamDamaged();
            }

            if (HasPredictor(streamDictionary, filterIndex))
            {
                return pdfPigFlate.Decode(input, streamDictionary, filterProvider, filterIndex);
            }

            return InflateUntilDamage(input);
        }

        private static bool HasPredictor(DictionaryToken streamDictionary, int filterIndex) =>
            DecodeParameterResolver.GetFilterParameters(streamDictionary, filterIndex)
                .TryGet<NumericToken>(NameToken.Predictor, out var predictor) && predictor.Int > 1;

        private static Memory<byte> InflateUntilDamage(Memory<byte> input)
        {
            using var output = new MemoryStream(input.Length * 3);
            var buffer = new byte[4096];
            try
            {
                // Skips the two-byte zlib header, so a damaged header does not hide intact data behind it.
                using var deflate = new DeflateStream(ContentStream.Open(input[Math.Min(2, input.Length)..]), CompressionMode.Decompress);
                int read;
                while ((read = deflate.Read(buffer)) > 0)
                {
                    output.Write(buffer, 0, read);
                }
            }
            catch (InvalidDataException)
            {
                // What was inflated before the damage is kept.
            }

            return output.ToArray();
        }
    }
}
