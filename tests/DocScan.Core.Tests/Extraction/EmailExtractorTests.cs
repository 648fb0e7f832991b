using System.Text;
using DocScan.Core.Extraction;
using DocScan.Core.Formats;
using DocScan.Core.Scanning;
using MimeKit;

namespace DocScan.Core.Tests.Extraction;

public sealed class EmailExtractorTests
{
    private readonly List<(int Depth, string Name, byte[] Content)> _nested = [];

    [Fact]
    public async Task Big5EncodedWordSubject_IsDecoded()
    {
        // "申請人王小明 F152601819" in Big5: the test holds the bytes so that only the extractor can decode them.
        var context = await ExtractAsync(Eml("Subject: =?Big5?B?pdO90KRIpP2kcKn6IEYxNTI2MDE4MTk=?=\r\n"));

        var subject = Assert.Single(context.Segments, s => s.Path == "Subject");
        Assert.Equal("申請人王小明 F152601819", subject.Text);
        Assert.Equal(SegmentSources.EmailHeader, subject.Source);
        Assert.False(subject.Hidden);
    }

    [Fact]
    public async Task Utf8EncodedWordSubject_IsDecoded()
    {
        var context = await ExtractAsync(Eml("Subject: =?UTF-8?B?5qqi6YCBIOael+e+jueOsiBFMjA5MTM5MDkwIOeUs+iri+izh+aWmQ==?=\r\n"));

        Assert.Contains(context.Segments, s => s is { Path: "Subject", Text: "檢送 林美玲 E209139090 申請資料" });
    }

    [Fact]
    public async Task UndeclaredBig5Header_IsDecodedWithTheSniffedEncoding()
    {
        var extractor = new EmailExtractor(); // registers the code pages Big5 needs
        var header = Encoding.ASCII.GetBytes("Subject: ");
        var big5Subject = Convert.FromHexString("a544a6aea147b8c9a755aed72054313936303330383238"); // 主旨：補助案 T196030828
        byte[] eml = [.. header, .. big5Subject, .. Encoding.ASCII.GetBytes("\r\nFrom: a@example.gov.tw\r\n\r\nbody\r\n")];

        var context = await ExtractAsync(eml, extractor, new SniffResult(FileFormat.Eml, Encoding.GetEncoding("big5")));

        Assert.Contains(context.Segments, s => s is { Path: "Subject", Text: "主旨：補助案 T196030828" });
    }

    [Fact]
    public async Task UndeclaredBig5Body_IsDecodedWithTheSniffedEncoding()
    {
        var extractor = new EmailExtractor();
        var big5Line = Convert.FromHexString("a544a6aea147b8c9a755aed72054313936303330383238"); // 主旨：補助案 T196030828
        byte[] eml = [.. Encoding.ASCII.GetBytes("Subject: test\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"), .. big5Line, 13, 10];

        var context = await ExtractAsync(eml, extractor, new SniffResult(FileFormat.Eml, Encoding.GetEncoding("big5")));

        Assert.Contains(context.Segments, s => s is { Path: "body/text", Text: "主旨：補助案 T196030828" });
    }

    [Theory]
    [InlineData("To", "=?UTF-8?B?546L5bCP5piOIEExNjYxMzE4NjE=?= <wang@example.com>, lin@example.gov.tw", "王小明 A166131861 <wang@example.com>, lin@example.gov.tw")]
    [InlineData("Cc", "\"Chen Meihua F152601819\" <chen@example.com>", "Chen Meihua F152601819 <chen@example.com>")]
    [InlineData("Bcc", "H259083019@example.com, Lin <lin@example.com>", "H259083019@example.com, Lin <lin@example.com>")]
    [InlineData("Reply-To", "Wang R246281946 <wang@example.com>", "Wang R246281946 <wang@example.com>")]
    [InlineData("From", "K182199353 <k@example.com>", "K182199353 <k@example.com>")]
    [InlineData("Sender", "B218190937@example.com", "B218190937@example.com")]
    public async Task AddressHeader_IsOneSegmentNamedForTheHeader(string field, string value, string expected)
    {
        var context = await ExtractAsync(Eml($"{field}: {value}\r\n"));

        var header = Assert.Single(context.Segments, s => s.Text == expected);
        Assert.Equal(field, header.Path);
        Assert.Equal(SegmentSources.EmailHeader, header.Source);
        Assert.False(header.Hidden);
    }

    [Fact]
    public async Task ThreadTopic_IsHiddenHeader()
    {
        var context = await ExtractAsync(Eml("Thread-Topic: Wang Xiaoming F152601819 shenqing\r\n"));

        Assert.Contains(context.Segments, s => s is { Path: "Thread-Topic", Hidden: true, Source: SegmentSources.EmailHeader } && s.Text.Contains("F152601819"));
    }

    [Fact]
    public async Task PlainBody_IsOneSegmentPerLine()
    {
        var context = await ExtractAsync(Eml(
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n",
            "受文者：王小明君\r\n身分證統一編號：F152601819\r\n地址：臺北市中正區重慶南路一段122號\r\n"));

        var body = context.Segments.Where(s => s.Source == SegmentSources.EmailBody).ToList();
        Assert.Equal(["受文者：王小明君", "身分證統一編號：F152601819", "地址：臺北市中正區重慶南路一段122號"], body.Select(s => s.Text));
        Assert.All(body, s => Assert.Equal("body/text", s.Path));
        Assert.Empty(context.Problems);
    }

    [Fact]
    public async Task HtmlBody_KeepsRowsAndBlocks_DropsScriptAndStyle()
    {
        const string html = """
            <html><head><style>td { color: red } /* A166131861 */</style><script>var id = 'E209139090';</script></head>
            <body><p>受文者：&#x738B;小明君</p><p>主旨：檢送申請資料&nbsp;&amp;&nbsp;附件</p>
            <table><tr><td>身分證統一編號</td><td>F152601819</td></tr><tr><td>電話</td><td>02-2720-8889</td></tr></table>
            <div>承辦人<br>林美玲</div><!-- 舊資料 H259083019 --><!--[if gte mso 9]><xml>o</xml><![endif]--></body></html>
            """;
        var context = await ExtractAsync(Eml("Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n", html));

        var lines = context.Segments.Where(s => s.Path == "body/html").Select(s => s.Text).ToList();
        Assert.Equal(["受文者：王小明君", "主旨：檢送申請資料\u00a0&\u00a0附件", "身分證統一編號\tF152601819", "電話\t02-2720-8889", "承辦人", "林美玲"], lines);
        Assert.DoesNotContain(context.Segments, s => s.Text.Contains("A166131861") || s.Text.Contains("E209139090"));
        var comment = Assert.Single(context.Segments, s => s.Path == "body/html/comment");
        Assert.Equal("舊資料 H259083019", comment.Text);
        Assert.True(comment.Hidden);
    }

    [Fact]
    public async Task BothAlternatives_AreRead()
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("service@example.gov.tw"));
        message.Subject = "申請資料";
        message.Body = new BodyBuilder
        {
            TextBody = "請參閱 HTML 版本。",
            HtmlBody = "<table><tr><td>F152601819</td></tr></table>",
        }.ToMessageBody();

        var context = await ExtractAsync(Bytes(message));

        Assert.Contains(context.Segments, s => s is { Path: "body/text", Text: "請參閱 HTML 版本。" });
        Assert.Contains(context.Segments, s => s is { Path: "body/html", Text: "F152601819" });
    }

    [Fact]
    public async Task Attachment_IsHandedOverWithItsBytesAndName()
    {
        var pdf = "%PDF-1.7 fake content A166131861"u8.ToArray();
        var builder = new BodyBuilder { TextBody = "附件如附。" };
        builder.Attachments.Add("申請書.pdf", pdf, new ContentType("application", "pdf"));
        var message = new MimeMessage { Subject = "附件", Body = builder.ToMessageBody() };

        var context = await ExtractAsync(Bytes(message));

        var nested = Assert.Single(_nested);
        Assert.Equal("申請書.pdf", nested.Name);
        Assert.Equal(pdf, nested.Content);
        Assert.Equal(1, nested.Depth);
        Assert.Contains(context.Segments, s => s is { Source: SegmentSources.Attachment, Text: "申請書.pdf" });
    }

    [Fact]
    public async Task AttachmentNameWithId_BecomesAnAttachmentSegment()
    {
        var builder = new BodyBuilder { TextBody = "附件如附。" };
        builder.Attachments.Add("F152601819_申請書.docx", "PK fake"u8.ToArray());
        var message = new MimeMessage { Subject = "附件", Body = builder.ToMessageBody() };

        var context = await ExtractAsync(Bytes(message));

        var name = Assert.Single(context.Segments, s => s.Text.Contains("F152601819"));
        Assert.Equal(SegmentSources.Attachment, name.Source);
        Assert.Equal("F152601819_申請書.docx", name.Text);
    }

    [Fact]
    public async Task UnnamedAttachment_GetsANumberedName()
    {
        var context = await ExtractAsync(Eml(
            "Content-Type: multipart/mixed; boundary=b\r\n",
            "--b\r\nContent-Type: text/plain\r\n\r\nbody\r\n--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\nRTIwOTEzOTA5MA==\r\n--b--\r\n"));

        var nested = Assert.Single(_nested);
        Assert.Equal("attachment-1", nested.Name);
        Assert.Equal("E209139090"u8.ToArray(), nested.Content);
        Assert.Empty(context.Problems);
    }

    [Fact]
    public async Task ForwardedMessage_IsScannedOneLevelDeeper()
    {
        var inner = new BodyBuilder { TextBody = "原始申請人 T196030828" };
        inner.Attachments.Add("名冊.csv", "name,id\nLin,R246281946\n"u8.ToArray());
        var original = new MimeMessage { Subject = "原始來函 H259083019", Body = inner.ToMessageBody() };
        original.From.Add(new MailboxAddress("王小明", "wang@example.com"));
        var outer = new Multipart("mixed")
        {
            new TextPart("plain") { Text = "轉寄如下。" },
            new MessagePart { Message = original, ContentDisposition = new ContentDisposition { FileName = "來函.eml" } },
        };
        var message = new MimeMessage { Subject = "FW: 來函", Body = outer };

        // Nested messages come back through the callback, as DocumentExtractor would dispatch them.
        var context = await ExtractAsync(Bytes(message), recurseIntoMessages: true);

        Assert.Contains(_nested, n => n is { Depth: 1, Name: "來函.eml" });
        Assert.Contains(_nested, n => n is { Depth: 2, Name: "名冊.csv" });
        Assert.Contains(context.Segments, s => s is { Path: "來函.eml!/Subject", Text: "原始來函 H259083019" });
        Assert.Contains(context.Segments, s => s is { Path: "來函.eml!/body/text", Text: "原始申請人 T196030828" });
        Assert.Contains(context.Segments, s => s is { Path: "來函.eml!/From", Text: "王小明 <wang@example.com>" });
    }

    [Fact]
    public async Task InlineImage_IsHandedOverToo()
    {
        var builder = new BodyBuilder { HtmlBody = "<p>掃描如下</p><img src=\"cid:scan\">" };
        var image = builder.LinkedResources.Add("scan.png", [0x89, 0x50, 0x4E, 0x47]);
        image.ContentId = "scan";
        var message = new MimeMessage { Subject = "掃描", Body = builder.ToMessageBody() };

        await ExtractAsync(Bytes(message));

        Assert.Contains(_nested, n => n.Name == "scan.png");
    }

    [Fact]
    public async Task DetachedSignature_IsNotAnAttachment()
    {
        var context = await ExtractAsync(Eml(
            "Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256; boundary=b\r\n",
            "--b\r\nContent-Type: text/plain\r\n\r\nsigned body\r\n--b\r\nContent-Type: application/pkcs7-signature; name=smime.p7s\r\nContent-Transfer-Encoding: base64\r\n\r\nMIAGCSqGSIb3DQEHAqCAMIACAQEx\r\n--b--\r\n"));

        Assert.Empty(_nested);
        Assert.Contains(context.Segments, s => s.Text == "signed body");
        Assert.Empty(context.Problems);
    }

    [Theory]
    [InlineData( // S/MIME
        "Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\r\nContent-Transfer-Encoding: base64\r\n",
        "MIAGCSqGSIb3DQEHA6CAMIACAQAx\r\n")]
    [InlineData( // PGP
        "Content-Type: multipart/encrypted; protocol=\"application/pgp-encrypted\"; boundary=b\r\n",
        "--b\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n--b\r\nContent-Type: application/octet-stream; name=encrypted.asc\r\n\r\n-----BEGIN PGP MESSAGE-----\r\nhQEMA\r\n-----END PGP MESSAGE-----\r\n--b--\r\n")]
    public async Task EncryptedBody_IsEncrypted(string headers, string body)
    {
        var context = await ExtractAsync(Eml(headers, body));

        Assert.Contains(context.Problems, p => p.Code == ProblemCodes.Encrypted);
        Assert.Empty(_nested);
    }

    [Fact]
    public async Task DeeplyNestedHtml_IsStillRead()
    {
        var html = string.Concat(Enumerable.Repeat("<div><b>", 25_000)) + "申請人 F152601819" + string.Concat(Enumerable.Repeat("</b></div>", 25_000));

        var context = await ExtractAsync(Eml("Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n", html));

        Assert.Contains(context.Segments, s => s is { Path: "body/html", Text: "申請人 F152601819" });
    }

    [Theory]
    [InlineData("")]
    [InlineData("just some words, no headers\r\nsecond line\r\n")]
    public async Task MessageWithoutHeaders_IsCorrupt(string text)
    {
        var problem = await Assert.ThrowsAsync<ScanProblemException>(() => ExtractAsync(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(ProblemCodes.Corrupt, problem.Code);
    }

    [Fact]
    public async Task BrokenMime_DoesNotThrow()
    {
        var context = await ExtractAsync(Eml(
            "Content-Type: multipart/mixed; boundary=never-closed\r\nContent-Transfer-Encoding: base64\r\n",
            "--never-closed\r\nContent-Type: text/plain; charset=no-such-charset\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nID =4\r\nF152601819 =ZZ\r\n--never-closed\r\nContent-Type: application/pdf; name=\"=?UTF-8?B?broken\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!"));

        Assert.Contains(context.Segments, s => s.Text.Contains("F152601819"));
    }

    [Fact]
    public async Task Cancellation_IsObserved()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ExtractAsync(Eml(""), cancellationToken: cancelled.Token));
    }

    private static byte[] Eml(string headers, string body = "body\r\n") =>
        Encoding.UTF8.GetBytes("MIME-Version: 1.0\r\nMessage-ID: <1@example.gov.tw>\r\n" + headers + "\r\n" + body);

    private static byte[] Bytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }

    private Task<ExtractionContext> ExtractAsync(byte[] eml, bool recurseIntoMessages = false, CancellationToken cancellationToken = default) =>
        ExtractAsync(eml, new EmailExtractor(), new SniffResult(FileFormat.Eml), recurseIntoMessages, cancellationToken);

    private async Task<ExtractionContext> ExtractAsync(
        byte[] eml, EmailExtractor extractor, SniffResult sniff, bool recurseIntoMessages = false, CancellationToken cancellationToken = default)
    {
        var context = new ExtractionContext(ScanLimits.Default, async (child, bytes, name, ct) =>
        {
            _nested.Add((child.Depth, name, bytes.ToArray()));
            if (recurseIntoMessages && name.EndsWith(".eml", StringComparison.Ordinal))
            {
                await extractor.ExtractAsync(new ExtractionInput(bytes, name, sniff), child, ct);
            }
        });
        await extractor.ExtractAsync(new ExtractionInput(eml, "來函.eml", sniff), context, cancellationToken);
        return context;
    }
}
