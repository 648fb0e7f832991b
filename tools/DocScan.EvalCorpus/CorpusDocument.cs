using DocScan.Evaluation;

namespace DocScan.EvalCorpus;

/// <summary>A piece of a document's body.</summary>
public abstract record Block;

public sealed record Para(string Text) : Block;

/// <summary>A table with its header row (a Word/ODF table, a sheet, a CSV, tab-separated lines in text).</summary>
public sealed record Grid(string[] Header, IReadOnlyList<string[]> Rows) : Block;

/// <summary>A Word comment on the paragraph before it (only .docx keeps it; other formats drop it).</summary>
public sealed record Remark(string Author, string Text) : Block;

/// <summary>
/// The 公文 letterhead: 發文機關 and its contact block, 受文者, 發文日期, 發文字號, 速別, 密等, 附件, 主旨.
/// <see cref="Contact"/> holds 地址, 承辦人, 電話, 傳真, 電子信箱 as (label, printed value) in the order printed.
/// </summary>
public sealed record Letterhead(
    Agency Agency,
    string Kind,
    IReadOnlyList<(string Label, string Value)> Contact,
    string Recipient,
    string Date,
    string Number,
    string Speed,
    string Secrecy,
    string Attachment,
    string Subject);

/// <summary>One document of the corpus before it is written in a format.</summary>
public sealed class CorpusDocument
{
    public required string Title { get; init; }

    public Letterhead? Head { get; init; }

    public List<Block> Body { get; } = [];

    public string? Original { get; set; }

    public string? Copies { get; set; }

    public string? Signature { get; set; }

    /// <summary>The recipient's address when the document goes out as an e-mail.</summary>
    public string? MailTo { get; set; }

    /// <summary>True when the letter goes to a private person (受文者 a citizen): as an e-mail, to his own address.</summary>
    public bool PrivateRecipient { get; init; }

    /// <summary>The sender's address of an e-mail without a letterhead (a citizen writing in).</summary>
    public string? MailFrom { get; set; }

    public CorpusDocument Add(params Block[] blocks)
    {
        Body.AddRange(blocks);
        return this;
    }

    public CorpusDocument Lines(params string[] paragraphs) => Add(paragraphs.Select(p => (Block)new Para(p)).ToArray());
}

/// <summary>A written file of the corpus and its labels.</summary>
public sealed record CorpusFile(string File, byte[] Content, DocumentLabels Labels);
