using System.Buffers;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// Whom a record phrase is about: the name it opens with, the subject a ruling or a care note speaks of
/// (被告, 個案), or a pronoun pointing at someone (該員, 渠); or a reported name or ID nearby, which the engine
/// finds (<see cref="Nearby"/>). An anonymised document (王○明, 被告甲) points at no one the reader can know.
/// </summary>
internal static class RecordSubject
{
    // Those who speak of a specific person without naming them.
    private static readonly Keywords Pronouns = ["該員", "該民", "該男", "該女", "該名", "該生", "該病患", "該個案", "渠", "受查詢人", "嫌疑人", "犯嫌"];

    // The person a ruling, a care note or an assessment is about, named once at its head (被告陳大文,
    // 個案簡振妤) and afterwards only by the role.
    private static readonly string[] Subjects = ["被告", "受刑人", "受判決人", "受處分人", "受監護人", "相對人", "個案", "案主", "受評估者", "受鑑定人"];

    private static readonly Keywords SubjectWords = Detection.Keywords.Exact(Subjects);

    private static readonly Keywords Party = ["當事人"];

    // A subject word followed by one of these is a stand-in (被告甲, 個案A), not a person.
    private static readonly SearchValues<char> StandIns = SearchValues.Create("甲乙丙丁戊ABCDXYZ○〇O*");

    private static readonly SearchValues<char> MaskChars = SearchValues.Create("○〇O*X");

    // How far a name, an ID or a pronoun may be from the phrase: about a sentence.
    private const int TieWindow = 80;

    /// <summary>A person's name or ID reported within about a sentence ties a record phrase to that person.</summary>
    public static FindingDependency Nearby { get; } =
        new([FindingTypes.PersonName, FindingTypes.NationalId, FindingTypes.ResidentId], TieWindow, Confidence: 0.9);

    public static IEnumerable<Keywords> Keywords => [Pronouns, SubjectWords, Party];

    /// <summary>
    /// How sure the phrase's own words make it that it is about a person; 0 when they point at nobody, and
    /// only a name or ID nearby (<see cref="Nearby"/>) can tie it.
    /// </summary>
    public static double Confidence(DetectionInput input, string text, int start, int end)
    {
        // 王小明有竊盜前科, 被告王小明之病歷: the phrase's own subject.
        var subjectEnd = start;
        if (subjectEnd > 0 && text[subjectEnd - 1] is '之' or '的')
        {
            subjectEnd--;
        }

        if (ChineseNames.NameEndingAt(text, subjectEnd, NameCandidates.NameMayStartAt) >= 0)
        {
            return 0.9;
        }

        // 王○明犯竊盜罪，處有期徒刑參月: the document was anonymised; nobody is left to be tied to.
        var (from, to) = input.Around(start, end, TieWindow);
        var window = input.Document.Text[from..to];
        if (HasMaskedName(window) || HasStandIn(window[..(input.Offset + start - from)]))
        {
            return 0;
        }

        if (input.HasContext(start, end - start, Pronouns, TieWindow) || input.HasLabelBefore(start, SubjectWords, TieWindow))
        {
            return 0.85;
        }

        // 當事人 names a specific party in a decision, but procedures speak of 當事人 in general too.
        return input.HasContext(start, end - start, Party, TieWindow) ? 0.7 : 0;
    }

    // 王○明, 歐陽○○, 陳OO: a surname then a mask.
    private static bool HasMaskedName(ReadOnlySpan<char> window)
    {
        for (var i = window.IndexOfAny(MaskChars); i >= 0;)
        {
            if (i > 0 && ChineseNames.IsSurname(window[i - 1]))
            {
                return true;
            }

            var next = window[(i + 1)..].IndexOfAny(MaskChars);
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    // 被告甲, 個案A: the subject word stands for someone left unnamed on purpose.
    private static bool HasStandIn(ReadOnlySpan<char> before)
    {
        foreach (var subject in Subjects)
        {
            var at = before.LastIndexOf(subject, StringComparison.Ordinal);
            if (at >= 0 && at + subject.Length < before.Length && StandIns.Contains(before[at + subject.Length]))
            {
                return true;
            }
        }

        return false;
    }
}
