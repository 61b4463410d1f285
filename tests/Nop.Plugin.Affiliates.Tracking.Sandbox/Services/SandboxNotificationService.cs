using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Logging;
using Nop.Services.Messages;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's NotificationService: messages go to TempData (cookie ".Nop.TempData") under the
/// same key nopCommerce uses, so they survive a redirect; the sandbox layouts render and clear them.
/// </summary>
public class SandboxNotificationService : INotificationService
{
    public const string TempDataKey = "nop.notifications";

    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly ILogger<SandboxNotificationService> _logger;
    private readonly ITempDataDictionaryFactory _tempDataDictionaryFactory;

    public SandboxNotificationService(IHttpContextAccessor httpContextAccessor,
        ILogger<SandboxNotificationService> logger,
        ITempDataDictionaryFactory tempDataDictionaryFactory)
    {
        _httpContextAccessor = httpContextAccessor;
        _logger = logger;
        _tempDataDictionaryFactory = tempDataDictionaryFactory;
    }

    public void Notification(NotifyType type, string message, bool encode = true, int timeout = 0)
    {
        var httpContext = _httpContextAccessor.HttpContext;
        if (httpContext == null)
            return;

        var tempData = _tempDataDictionaryFactory.GetTempData(httpContext);
        var messages = Read(tempData);
        messages.Add(new SandboxNotification(type.ToString(), encode ? WebUtility.HtmlEncode(message) : message));
        tempData[TempDataKey] = JsonSerializer.Serialize(messages);
    }

    public void SuccessNotification(string message, bool encode = true, int timeout = 0) => Notification(NotifyType.Success, message, encode, timeout);

    public void WarningNotification(string message, bool encode = true, int timeout = 0) => Notification(NotifyType.Warning, message, encode, timeout);

    public void ErrorNotification(string message, bool encode = true, int timeout = 0) => Notification(NotifyType.Error, message, encode, timeout);

    public Task ErrorNotificationAsync(Exception exception, bool logException = true, int timeout = 0)
    {
        if (exception == null)
            return Task.CompletedTask;

        if (logException)
            _logger.LogError(exception, "{Message}", exception.Message);

        ErrorNotification(exception.Message, true, timeout);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Returns the pending notifications and removes them (the layouts call this).
    /// </summary>
    public static IList<SandboxNotification> TakeAll(ITempDataDictionary tempData)
    {
        var messages = Read(tempData);
        tempData.Remove(TempDataKey);
        return messages;
    }

    private static List<SandboxNotification> Read(ITempDataDictionary tempData) =>
        tempData.Peek(TempDataKey) is string json ? JsonSerializer.Deserialize<List<SandboxNotification>>(json) ?? [] : [];
}
