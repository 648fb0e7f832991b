using System.Buffers.Binary;
using System.Text;
using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Packaging;
using DocScan.SampleDocs.Pdf;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// Password-protected files nobody can scan: an Office document encrypted the way Word 2010+ does it
/// (a CFB container with EncryptionInfo and EncryptedPackage streams instead of a zip), and a PDF with
/// a user password.
/// </summary>
public sealed class EncryptedFiles : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        yield return new SampleDocument("加密的簽呈.docx", EncryptedOfficeFile(), Expectation.WithProblem(ProblemCodes.Encrypted));

        var pdf = QpdfEncryptor.Encrypt(CleanSources.AnnualReportPdf("encrypted-report"), userPassword: "1130520", ownerPassword: "secretariat-owner");
        yield return new SampleDocument("加密的報告.pdf", pdf, Expectation.WithProblem(ProblemCodes.Encrypted));
    }

    private static byte[] EncryptedOfficeFile()
    {
        var random = new Random(SampleClock.RandomSeed);
        string Base64(int bytes)
        {
            var buffer = new byte[bytes];
            random.NextBytes(buffer);
            return Convert.ToBase64String(buffer);
        }

        // Agile encryption (MS-OFFCRYPTO 2.3.4.10): version 4.4, flags 0x40, then the XML descriptor.
        const string cipher = "keyBits=\"256\" hashSize=\"64\" cipherAlgorithm=\"AES\" cipherChaining=\"ChainingModeCBC\" hashAlgorithm=\"SHA512\"";
        var descriptor =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" +
            "<encryption xmlns=\"http://schemas.microsoft.com/office/2006/encryption\" " +
            "xmlns:p=\"http://schemas.microsoft.com/office/2006/keyEncryptor/password\" " +
            "xmlns:c=\"http://schemas.microsoft.com/office/2006/keyEncryptor/certificate\">" +
            $"<keyData saltSize=\"16\" blockSize=\"16\" {cipher} saltValue=\"{Base64(16)}\"/>" +
            $"<dataIntegrity encryptedHmacKey=\"{Base64(64)}\" encryptedHmacValue=\"{Base64(64)}\"/>" +
            "<keyEncryptors><keyEncryptor uri=\"http://schemas.microsoft.com/office/2006/keyEncryptor/password\">" +
            $"<p:encryptedKey spinCount=\"100000\" saltSize=\"16\" blockSize=\"16\" {cipher} saltValue=\"{Base64(16)}\" " +
            $"encryptedVerifierHashInput=\"{Base64(16)}\" encryptedVerifierHashValue=\"{Base64(64)}\" encryptedKeyValue=\"{Base64(32)}\"/>" +
            "</keyEncryptor></keyEncryptors></encryption>";
        var info = new byte[] { 0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00 }.Concat(Encoding.UTF8.GetBytes(descriptor)).ToArray();

        // EncryptedPackage: the plain package's size, then AES output (random bytes look the same).
        var plainSize = CleanSources.MeetingLetterDocx().Length;
        var package = new byte[8 + (plainSize + 15) / 16 * 16];
        BinaryPrimitives.WriteInt64LittleEndian(package, plainSize);
        random.NextBytes(package.AsSpan(8));

        return new CfbWriter()
            .AddStream("EncryptionInfo", info)
            .AddStream("EncryptedPackage", package)
            .ToArray();
    }
}
