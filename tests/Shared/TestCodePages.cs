using System.Runtime.CompilerServices;
using System.Text;

namespace DocScan.Tests.Shared;

/// <summary>
/// Tests build and read messages with MimeKit themselves, possibly before any DocScan code has loaded and
/// registered the code pages: registering when the test assembly loads keeps Big5 decoding independent of
/// which test runs first.
/// </summary>
internal static class TestCodePages
{
    [ModuleInitializer]
    internal static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
