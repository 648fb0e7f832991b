using System.Text;

namespace DocScan.SampleDocs.Packaging;

/// <summary>
/// A VBA project as Office stores it in word/vbaProject.bin: a compound file whose PROJECT stream
/// names the project and its modules. Only the container and its description are written; the
/// compiled module streams are left out, since no scanner should ever run them.
/// </summary>
public static class VbaProject
{
    public static byte[] Create(string projectName, params string[] modules)
    {
        var project = new StringBuilder()
            .Append("ID=\"{6A8F4D21-3C1B-4E7A-9D52-0B7E41C2F930}\"\r\n")
            .Append("Document=ThisDocument/&H00000000\r\n");
        foreach (var module in modules)
        {
            project.Append($"Module={module}\r\n");
        }

        project.Append($"Name=\"{projectName}\"\r\nHelpContextID=\"0\"\r\nVersionCompatible32=\"393222000\"\r\n")
            .Append("CMG=\"2B29A6F3AAF3AAF3AAF3AA\"\r\nDPB=\"5F5DD28FD290D290\"\r\nGC=\"7B79F6ABF7ABF7AB\"\r\n\r\n")
            .Append("[Host Extender Info]\r\n&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000\r\n");

        var workspace = new StringBuilder("ThisDocument=0, 0, 0, 0, C\r\n");
        foreach (var module in modules)
        {
            workspace.Append($"{module}=26, 26, 1200, 600, Z\r\n");
        }

        return new CfbWriter()
            .AddStream("PROJECT", Encoding.ASCII.GetBytes(project.ToString()))
            .AddStream("PROJECTwm", Encoding.ASCII.GetBytes(workspace.ToString()))
            .ToArray();
    }
}
