using Microsoft.Extensions.Logging;

namespace DocScan.Core.Tests.Support;

/// <summary>Keeps every formatted log line and every structured value, to prove what never reaches logs.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    public List<string> Lines { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        Lines.Add(formatter(state, exception));
        if (state is IEnumerable<KeyValuePair<string, object?>> values)
        {
            Lines.AddRange(values.Select(v => $"{v.Key}={v.Value}"));
        }

        if (exception is not null)
        {
            Lines.Add(exception.ToString());
        }
    }
}
