using Microsoft.Extensions.Logging;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Logging;
using Nop.Services.Logging;
using NopLogLevel = Nop.Core.Domain.Logging.LogLevel;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's logger: writes to the ASP.NET Core log (console) instead of the Log table.
/// </summary>
public class SandboxLogger : Nop.Services.Logging.ILogger
{
    private readonly ILogger<SandboxLogger> _logger;

    public SandboxLogger(ILogger<SandboxLogger> logger)
    {
        _logger = logger;
    }

    public bool IsEnabled(NopLogLevel level) => _logger.IsEnabled(Map(level));

    public Task DeleteLogAsync(Log log) => Task.CompletedTask;

    public Task DeleteLogsAsync(IList<Log> logs) => Task.CompletedTask;

    public Task ClearLogAsync(DateTime? olderThan = null) => Task.CompletedTask;

    public Task<IPagedList<Log>> GetAllLogsAsync(DateTime? fromUtc = null, DateTime? toUtc = null, string message = "",
        NopLogLevel? logLevel = null, int pageIndex = 0, int pageSize = int.MaxValue) =>
        Task.FromResult<IPagedList<Log>>(new PagedList<Log>([], pageIndex, pageSize));

    public Task<Log> GetLogByIdAsync(int logId) => Task.FromResult<Log>(null);

    public Task<IList<Log>> GetLogByIdsAsync(int[] logIds) => Task.FromResult<IList<Log>>([]);

    public Task InsertLogAsync(NopLogLevel logLevel, string shortMessage, string fullMessage = "", Customer customer = null)
    {
        InsertLog(logLevel, shortMessage, fullMessage, customer);
        return Task.CompletedTask;
    }

    public void InsertLog(NopLogLevel logLevel, string shortMessage, string fullMessage = "", Customer customer = null) =>
        _logger.Log(Map(logLevel), "{ShortMessage} {FullMessage} (customer {CustomerId})", shortMessage, fullMessage, customer?.Id);

    public Task InformationAsync(string message, Exception exception = null, Customer customer = null)
    {
        Information(message, exception, customer);
        return Task.CompletedTask;
    }

    public void Information(string message, Exception exception = null, Customer customer = null) =>
        _logger.LogInformation(exception, "{Message} (customer {CustomerId})", message, customer?.Id);

    public Task WarningAsync(string message, Exception exception = null, Customer customer = null)
    {
        Warning(message, exception, customer);
        return Task.CompletedTask;
    }

    public void Warning(string message, Exception exception = null, Customer customer = null) =>
        _logger.LogWarning(exception, "{Message} (customer {CustomerId})", message, customer?.Id);

    public Task ErrorAsync(string message, Exception exception = null, Customer customer = null)
    {
        Error(message, exception, customer);
        return Task.CompletedTask;
    }

    public void Error(string message, Exception exception = null, Customer customer = null) =>
        _logger.LogError(exception, "{Message} (customer {CustomerId})", message, customer?.Id);

    private static Microsoft.Extensions.Logging.LogLevel Map(NopLogLevel level) => level switch
    {
        NopLogLevel.Debug => Microsoft.Extensions.Logging.LogLevel.Debug,
        NopLogLevel.Information => Microsoft.Extensions.Logging.LogLevel.Information,
        NopLogLevel.Warning => Microsoft.Extensions.Logging.LogLevel.Warning,
        _ => Microsoft.Extensions.Logging.LogLevel.Error
    };
}
