using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DocScan.Cli.Commands;

public class AuditSettings : StorageSettings
{
    [CommandOption("--container <NAME>")]
    [Description("稽核紀錄所在的容器（預設 audit）。")]
    [DefaultValue("audit")]
    public string Container { get; init; } = "audit";
}

public sealed class AuditExportSettings : AuditSettings
{
    [CommandOption("--out <FILE>")]
    [Description("寫出的 CSV 檔（UTF-8，Excel 可直接開啟）。")]
    public string? Out { get; init; }

    [CommandOption("--from <DATE>")]
    [Description("起始日（含），例如 2026-01-01；時間以 UTC 計，也可寫 2026-01-01T08:00:00+08:00。省略時從第一筆開始。")]
    public string? From { get; init; }

    [CommandOption("--to <DATE>")]
    [Description("結束日（只寫日期時含當天），例如 2026-03-31。省略時到最後一筆。")]
    public string? To { get; init; }

    public DateTimeOffset? FromTime => Parse(From, endOfDay: false);

    public DateTimeOffset? ToTime => Parse(To, endOfDay: true);

    public override ValidationResult Validate()
    {
        var storage = base.Validate();
        if (!storage.Successful)
        {
            return storage;
        }

        if (string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error("請以 --out 指定 CSV 檔。");
        }

        foreach (var (option, value) in new[] { ("--from", From), ("--to", To) })
        {
            if (value is not null && !TryParse(value, out _, out _))
            {
                return ValidationResult.Error($"{option} 的日期無法解讀：{value}（例如 2026-03-31）。");
            }
        }

        return FromTime is { } from && ToTime is { } to && from >= to
            ? ValidationResult.Error("--from 須早於 --to。")
            : ValidationResult.Success();
    }

    private static DateTimeOffset? Parse(string? value, bool endOfDay) =>
        value is not null && TryParse(value, out var time, out var dateOnly) ? (dateOnly && endOfDay ? time.AddDays(1) : time) : null;

    private static bool TryParse(string value, out DateTimeOffset time, out bool dateOnly)
    {
        dateOnly = DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        if (dateOnly)
        {
            time = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);
    }
}
