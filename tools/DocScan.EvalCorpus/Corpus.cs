namespace DocScan.EvalCorpus;

/// <summary>A kind of document: how many, in which formats, made by which template.</summary>
public sealed record DocumentKind(string Name, int Count, string[] Formats, Func<Synth, Labeller, CorpusDocument> Build);

/// <summary>
/// The evaluation corpus (docs/evaluation.md): 146 documents, 67 of them to be released as they are.
/// Each document has its own random source from the seed and its index, so any subset is the same
/// documents as in the full corpus, and the same seed gives the same files and labels.
/// </summary>
public static class Corpus
{
    public const int DefaultSeed = 20261206;

    public static IReadOnlyList<DocumentKind> Kinds { get; } =
    [
        new("函", 10, ["docx", "pdf", "odt", "txt", "di", "eml"], ReleaseKinds.Letter),
        new("書函", 6, ["docx", "odt", "di", "pdf"], ReleaseKinds.BookLetter),
        new("開會通知單", 8, ["docx", "pdf", "odt", "di"], ReleaseKinds.MeetingNotice),
        new("公告", 6, ["pdf", "docx", "txt", "di"], ReleaseKinds.Announcement),
        new("決標公告", 8, ["pdf", "docx", "odt", "txt"], ReleaseKinds.AwardNotice),
        new("新聞稿", 6, ["docx", "pdf", "txt", "eml"], ReleaseKinds.PressRelease),
        new("訓練通知", 6, ["docx", "odt", "pdf", "eml"], ReleaseKinds.TrainingNotice),
        new("去識別化判決", 5, ["docx", "pdf", "txt"], ReleaseKinds.AnonymisedRuling),
        new("法規轉知", 5, ["docx", "odt", "txt", "di"], ReleaseKinds.LawText),
        new("復民眾函", 8, ["docx", "pdf", "odt", "di", "eml"], PrivateKinds.CitizenReply),
        new("判決", 10, ["docx", "pdf", "txt", "odt"], PrivateKinds.CourtRuling),
        new("名冊", 6, ["xlsx", "csv", "docx", "odt"], PrivateKinds.Roster),
        new("地籍查詢", 5, ["csv", "xlsx"], PrivateKinds.LandQuery),
        new("移工名冊", 6, ["xlsx", "csv", "docx", "pdf"], PrivateKinds.ForeignWorkers),
        new("評選委員", 5, ["docx"], PrivateKinds.EvaluatorList),
        new("健康資料", 5, ["docx", "xlsx", "pdf"], PrivateKinds.HealthRecord),
        new("職務報告", 5, ["docx", "pdf", "txt", "odt"], PrivateKinds.PoliceReport),
        new("陳情", 5, ["eml"], PrivateKinds.Petition),
        new("簽", 5, ["docx", "odt", "txt"], PrivateKinds.Memo),
        new("拖吊清冊", 4, ["xlsx", "csv"], PrivateKinds.TowingList),
        // Added after the kinds above so that their documents keep their indexes, hence their values.
        new("刑事判決", 6, ["docx", "pdf", "txt", "odt"], SensitiveRecordKinds.CriminalRuling),
        new("個案照護通知", 3, ["docx", "pdf", "odt", "eml"], SensitiveRecordKinds.CareNotice),
        new("長照評估", 3, ["docx", "xlsx", "pdf"], SensitiveRecordKinds.CareAssessment),
        new("身心障礙鑑定", 3, ["docx", "odt", "pdf"], SensitiveRecordKinds.DisabilityAssessment),
        new("計畫函", 3, ["docx", "pdf", "odt", "di"], SensitiveRecordKinds.ProgrammeLetter),
        new("刑事法規轉知", 2, ["docx", "txt", "di"], SensitiveRecordKinds.PenalLawText),
        new("研習講義", 2, ["docx", "pdf", "odt"], SensitiveRecordKinds.TrainingHandout),
    ];

    /// <summary>The corpus, kind by kind; <paramref name="perKind"/> limits each kind (a fast subset for tests).</summary>
    public static IEnumerable<CorpusFile> Generate(int seed = DefaultSeed, int? perKind = null)
    {
        var index = 0;
        foreach (var (kind, kindIndex) in Kinds.Select((k, i) => (k, i)))
        {
            for (var i = 0; i < kind.Count; i++, index++)
            {
                if (perKind is { } limit && i >= limit)
                {
                    continue;
                }

                var synth = new Synth(unchecked(seed * 7919 + index));
                var labeller = new Labeller();
                var document = kind.Build(synth, labeller);
                // A format the document cannot take (DI without a letterhead, CSV without a table) falls to the next.
                // Rotated by the kind, so the first documents of each kind (a test's subset) already cover every format.
                var format = kind.Formats[(i + kindIndex) % kind.Formats.Length];
                if (format == "di" && document.Head is null || format is "csv" or "xlsx" && !document.Body.OfType<Grid>().Any())
                {
                    format = "docx";
                }

                if (format == "eml" && document.MailTo is null)
                {
                    document.MailTo = document.PrivateRecipient
                        ? labeller.Private("email", synth.PrivateEmail())
                        : labeller.Official("email", synth.OfficialMailbox(synth.Pick(Pools.Agencies)));
                }

                var file = $"{index + 1:D3}-{kind.Name}-{Safe(document.Title)}.{format}";
                yield return new CorpusFile(file, Formats.Write(document, format, $"eval-{seed}-{index}"), labeller.Build(kind.Name));
            }
        }
    }

    private static string Safe(string title)
    {
        var clean = new string(title.Where(c => !Path.GetInvalidFileNameChars().Contains(c) && c is not ('「' or '」' or ' ')).ToArray());
        return clean.Length > 24 ? clean[..24] : clean;
    }
}
