using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Logging;

namespace Nop.Services.Logging;

public partial interface ILogger
{
    bool IsEnabled(LogLevel level);
    Task DeleteLogAsync(Log log);
    Task DeleteLogsAsync(IList<Log> logs);
    Task ClearLogAsync(DateTime? olderThan = null);
    Task<IPagedList<Log>> GetAllLogsAsync(DateTime? fromUtc = null, DateTime? toUtc = null,
        string message = "", LogLevel? logLevel = null,
        int pageIndex = 0, int pageSize = int.MaxValue);
    Task<Log> GetLogByIdAsync(int logId);
    Task<IList<Log>> GetLogByIdsAsync(int[] logIds);
    Task InsertLogAsync(LogLevel logLevel, string shortMessage, string fullMessage = "", Customer customer = null);
    void InsertLog(LogLevel logLevel, string shortMessage, string fullMessage = "", Customer customer = null);
    Task InformationAsync(string message, Exception exception = null, Customer customer = null);
    void Information(string message, Exception exception = null, Customer customer = null);
    Task WarningAsync(string message, Exception exception = null, Customer customer = null);
    void Warning(string message, Exception exception = null, Customer customer = null);
    Task ErrorAsync(string message, Exception exception = null, Customer customer = null);
    void Error(string message, Exception exception = null, Customer customer = null);
}
