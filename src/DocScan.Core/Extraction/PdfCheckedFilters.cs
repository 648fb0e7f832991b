using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace DocScan.Core.Extraction;

/// <summary>
/// PdfPig's filters, with Flate checked: PdfPig inflates without the zlib checksum and, when inflating
/// fails, hands back the compressed bytes as if they were the content, so a damaged page reads as an
/// empty one. Here every Flate stream is checked to be complete and to match its Adler-32 checksum
/// (<see cref="ZlibData"/>); a stream that fails is recorded as damaged and yields what could be
/// inflated before the damage (as pdftotext does).
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
            var (data, intact) = ZlibData.Inflate(input);
            if (!intact && !CarriesNoText(streamDictionary))
            {
                faults.StreamDamaged();
            }

            // Predictors (PNG rows in cross-reference streams and images) are PdfPig's to undo.
            return HasPredictor(streamDictionary, filterIndex)
                ? pdfPigFlate.Decode(input, streamDictionary, filterProvider, filterIndex)
                : data;
        }

        // Sampled functions, shadings and pictures draw colour, never text; producers leave some of them cut
        // short (poppler and qpdf pass over it without a warning), and their damage hides nothing.
        private static bool CarriesNoText(DictionaryToken dictionary) =>
            dictionary.ContainsKey(NameToken.FunctionType) || dictionary.ContainsKey(NameToken.ShadingType)
            || dictionary.TryGet<NameToken>(NameToken.Subtype, out var subtype) && subtype == NameToken.Image;

        private static bool HasPredictor(DictionaryToken streamDictionary, int filterIndex) =>
            DecodeParameterResolver.GetFilterParameters(streamDictionary, filterIndex)
                .TryGet<NumericToken>(NameToken.Predictor, out var predictor) && predictor.Int > 1;
    }
}
