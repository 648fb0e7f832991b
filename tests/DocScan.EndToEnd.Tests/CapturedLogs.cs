using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace DocScan.EndToEnd.Tests;

/// <summary>Every line the host logs, from every category its filters let through, with structured values, scopes and exceptions.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<string> Lines => _lines.ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines, () => _scopes);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines, Func<IExternalScopeProvider> scopes) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => scopes().Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // One entry per call, so lines logged at the same time by other documents never interleave with its values.
            var entry = new StringBuilder($"{logLevel} {category}: {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    entry.Append($"\n  {key}={value}");
                }
            }

            scopes().ForEachScope((scope, text) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> scoped)
                {
                    foreach (var (key, value) in scoped)
                    {
                        text.Append($"\n  scope {key}={value}");
                    }
                }
            }, entry);

            if (exception is not null)
            {
                entry.Append('\n').Append(exception);
            }

            lines.Enqueue(entry.ToString());
        }
    }
}
