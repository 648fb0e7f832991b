namespace DocScan.Core.Documents;

/// <summary>The part of an official document (公文, 判決) a line belongs to; <see cref="Body"/> when it has no such shape.</summary>
public enum DocumentPart
{
    Body = 0,

    /// <summary>發文機關 and the kind of document (臺北市政府環境保護局　函).</summary>
    Title,

    /// <summary>The sender's contact block: 地址, 承辦人/聯絡人, 電話, 傳真, 電子信箱.</summary>
    Contact,

    /// <summary>受文者.</summary>
    Recipient,

    /// <summary>發文日期, 發文字號, 速別, 密等, 附件: the letter's own fields.</summary>
    Particulars,

    /// <summary>主旨.</summary>
    Subject,

    /// <summary>說明, 辦法, 公告事項, 依據, 擬辦 and their items.</summary>
    Explanation,

    /// <summary>正本 and 副本.</summary>
    Distribution,

    /// <summary>The signature after the distribution list (局長　王大明).</summary>
    Signature,

    /// <summary>A ruling's parties: 被告, 原告, 聲請人, 相對人… and their continuation lines.</summary>
    Parties,

    /// <summary>Lines of officials in role in a ruling: 法官, 書記官, 檢察官, counsel (律師).</summary>
    CourtOfficials,

    /// <summary>A row of a table whose rows are organisations (廠商名稱…), in any format.</summary>
    OrganisationRow,
}
