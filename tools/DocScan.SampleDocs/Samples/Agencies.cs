using DocScan.SampleDocs.Ooxml;

namespace DocScan.SampleDocs.Samples;

/// <summary>Document properties as agency machines leave them: department names, never personal IDs.</summary>
public static class Agencies
{
    public const string Word = "Microsoft Office Word";
    public const string Excel = "Microsoft Excel";
    public const string PowerPoint = "Microsoft Office PowerPoint";

    public static DocumentProperties WordFile(string title, string department, string company) =>
        new(title, department, department, company, Word);
}
