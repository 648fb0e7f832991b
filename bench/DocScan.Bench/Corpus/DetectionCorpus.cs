using System.Text;
using DocScan.Core.Extraction;
using DocScan.Core.Formats;

namespace DocScan.Bench.Corpus;

/// <summary>
/// The generated letters as extraction results (half laid out as Word documents, half as PDFs), and
/// the very same text written to a file, one segment a line, for ripgrep to search.
/// </summary>
internal sealed record DetectionCorpus(IReadOnlyList<ExtractionResult> Documents, string FilePath, long Utf8Bytes, long Chars, int Segments)
{
    public const int Seed = 20240520;

    public static DetectionCorpus Generate(string outDirectory, long minUtf8Bytes)
    {
        var generator = new OfficialLetterGenerator(Seed);
        var documents = new List<ExtractionResult>();
        var path = Path.Combine(outDirectory, "corpus.txt");
        long bytes = 0, chars = 0;
        var segmentCount = 0;
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            while (bytes < minUtf8Bytes)
            {
                var letter = generator.Next();
                var segments = documents.Count % 2 == 0 ? LetterLayouts.AsWord(letter) : LetterLayouts.AsPdf(letter);
                foreach (var segment in segments)
                {
                    writer.WriteLine(segment.Text);
                    bytes += Encoding.UTF8.GetByteCount(segment.Text) + 1;
                    chars += segment.Text.Length + 1;
                }

                segmentCount += segments.Count;
                var format = documents.Count % 2 == 0 ? FileFormat.Docx : FileFormat.Pdf;
                documents.Add(new ExtractionResult(new SniffResult(format), segments, [], []));
            }
        }

        return new DetectionCorpus(documents, path, bytes, chars, segmentCount);
    }
}
