using DocScan.Core.Detection;
using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Rules;

namespace DocScan.Core.Documents;

/// <summary>
/// The step after detection that says whose each finding is (<see cref="FindingRole"/>), from the
/// document model and the value itself: government and school domains, public service numbers, the
/// sender's contact block, officials named with their post (科長王大明, 法官　李美玲, 王大明律師), a
/// ruling's judge and clerk lines, companies in a table of 廠商 or named on the line, the agency's
/// own address recurring in the text, and the rules file's <c>agency</c> and <c>officials</c>.
/// Only people's contact data and names can be anything but private; a private person stays
/// private wherever he stands (受文者, a ruling's parties, a line about 臺端 or a 陳情人).
/// </summary>
public sealed class FindingRoleResolver(ScanRules rules)
{
    // Government and school domains: the sender's mailbox is the agency's, not a person's.
    private static readonly string[] PublicDomains = [".gov.tw", ".edu.tw", ".mil.tw", "gov.taipei"];

    // Public service numbers (short codes a phone detector might read, and toll-free lines).
    private static readonly HashSet<string> ServiceNumbers = new(StringComparer.Ordinal)
    {
        "1999", "1955", "165", "110", "119", "113", "1925", "1957", "1966", "1922", "1988", "0800",
    };

    // A line that speaks of the agency itself or of its contact points.
    private static readonly string[] OfficialContext =
    [
        "本局", "本處", "本署", "本府", "本部", "本會", "本所", "本中心", "本院", "本校", "本機關", "本分局", "本大隊", "本室",
        "承辦人", "聯絡人", "連絡人", "聯絡窗口", "新聞聯絡人", "服務專線", "免付費", "諮詢專線", "洽詢", "分機",
    ];

    // Words that put a private person on the line: the rest of the line is his.
    private static readonly string[] PrivateContext =
    [
        "臺端", "台端", "陳情人", "檢舉人", "申請人", "申訴人", "當事人", "被告", "原告", "聲請人", "相對人", "關係人", "被害人", "證人",
        "個案", "家屬", NameCandidates.EmergencyContact, "住址", "住所", "戶籍", "寄件人", "監護", "君",
        // A form's field for a person (緊急聯絡人姓名：, 申請人姓名：), even where the scan misreads the word before it.
        "姓名",
    ];

    private static readonly string[] CompanyWords = ["股份有限公司", "有限公司", "有限合夥", "事務所", "工程行", "企業社"];

    private readonly HashSet<string> _officials = rules.Officials.Select(ScanRules.Canonical).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _agencyPhones = rules.Agency.Phones.Select(Digits).ToHashSet(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _agencyAddresses = rules.Agency.Addresses;

    /// <summary>The findings with their roles; the list is the same length and order.</summary>
    public IReadOnlyList<Finding> Resolve(IReadOnlyList<Finding> findings, OfficialDocument document)
    {
        var resolved = new Finding[findings.Count];
        for (var i = 0; i < findings.Count; i++)
        {
            var role = RoleOf(findings[i], document);
            resolved[i] = findings[i].Role == role ? findings[i] : findings[i] with { Role = role };
        }

        return resolved;
    }

    public FindingRole RoleOf(Finding finding, OfficialDocument document)
    {
        if (finding.Type is not (FindingTypes.PersonName or FindingTypes.Phone or FindingTypes.Email or FindingTypes.Address or FindingTypes.Ubn))
        {
            return FindingRole.Private;
        }

        if (finding.Type == FindingTypes.Ubn)
        {
            return FindingRole.Organisation;
        }

        if (IsOfficialValue(finding, document))
        {
            return FindingRole.Official;
        }

        var line = document.LineAt(finding.Segment, finding.Start);
        var part = line?.Part ?? DocumentPart.Body;
        var text = line?.Text ?? finding.Segment.Text;
        var at = line is null ? finding.Start : finding.Start - line.Start;
        var before = text[..Math.Clamp(at, 0, text.Length)];
        if (part == DocumentPart.Parties && finding.Type == FindingTypes.Address && before.TrimEnd().EndsWith('設'))
        {
            // A ruling gives a company's seat as 設…, a person's home as 住….
            return FindingRole.Organisation;
        }

        if (part is DocumentPart.Recipient or DocumentPart.Parties or DocumentPart.Distribution)
        {
            return FindingRole.Private;
        }

        if (part is DocumentPart.Contact or DocumentPart.Title)
        {
            return FindingRole.Official;
        }

        if (finding.Type == FindingTypes.PersonName)
        {
            return HoldsPost(text, before, at + finding.Length) || part is DocumentPart.CourtOfficials or DocumentPart.Signature
                || (ContainsAny(before, OfficialPosts.ContactPoints) && !ContainsAny(before, PrivateContext))
                ? FindingRole.Official
                : FindingRole.Private;
        }

        if (ContainsAny(before, PrivateContext))
        {
            return FindingRole.Private;
        }

        if (part == DocumentPart.OrganisationRow || ContainsAny(text, CompanyWords)
            || finding.Segment.Cell is { } cell && (document.RowText(cell) is { } row && ContainsAny(row, CompanyWords)))
        {
            return FindingRole.Organisation;
        }

        return ContainsAny(text, OfficialContext) || document.Sender is { Length: > 0 } sender && text.Contains(sender, StringComparison.Ordinal)
            ? FindingRole.Official
            : FindingRole.Private;
    }

    private bool IsOfficialValue(Finding finding, OfficialDocument document)
    {
        var value = finding.Value;
        switch (finding.Type)
        {
            case FindingTypes.Email:
                var domain = value[(value.LastIndexOf('@') + 1)..];
                return PublicDomains.Any(d => domain.EndsWith(d, StringComparison.OrdinalIgnoreCase) || domain.Equals(d.TrimStart('.'), StringComparison.OrdinalIgnoreCase))
                    || rules.IsAgencyDomain(domain);
            case FindingTypes.Phone:
                var digits = Digits(value);
                return digits.StartsWith("0800", StringComparison.Ordinal) || digits.StartsWith("0809", StringComparison.Ordinal)
                    || ServiceNumbers.Contains(digits) || _agencyPhones.Contains(digits);
            case FindingTypes.Address:
                // Up to its 號: the same building whatever floor or counter follows (…416號一樓服務臺).
                var address = AddressCore(value);
                return address.Length >= 6 && document.ContactAddresses.Concat(_agencyAddresses).Select(AddressCore)
                    .Any(a => a.Length >= 6 && (a.Contains(address, StringComparison.Ordinal) || address.Contains(a, StringComparison.Ordinal)));
            case FindingTypes.PersonName:
                return _officials.Contains(ScanRules.Canonical(value));
            default:
                return false;
        }
    }

    // 科長王大明, 法官　李美玲, 主持人：副局長 王大明, 王大明律師: a post right before or right after the name.
    private static bool HoldsPost(string text, string before, int end)
    {
        var compact = string.Concat(before.Where(c => !char.IsWhiteSpace(c))).TrimEnd('：', ':');
        // 緊急聯絡人 is a private person's next of kin, not the agency's contact.
        if (OfficialPosts.Before.Any(p => compact.EndsWith(p, StringComparison.Ordinal)) && !compact.EndsWith(NameCandidates.EmergencyContact, StringComparison.Ordinal))
        {
            return true;
        }

        var after = end <= text.Length ? text[end..].TrimStart() : "";
        return OfficialPosts.After.Any(p => after.StartsWith(p, StringComparison.Ordinal));
    }

    private static string AddressCore(string address)
    {
        var canonical = ScanRules.Canonical(address);
        var number = canonical.IndexOf('號');
        return number < 0 ? canonical : canonical[..(number + 1)];
    }

    private static bool ContainsAny(string text, string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));

    private static string Digits(string value) => string.Concat(value.Where(char.IsAsciiDigit));
}
