using System.Net;
using Nop.Core.Domain.Messages;
using Nop.Services.Messages;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's WorkflowMessageService.SendNotificationAsync: replaces %Key% tokens (HTML-encoded in
/// the body unless the token says never, plain in the subject, like nopCommerce's tokenizer), applies the template's
/// delay and queues the e-mail in <see cref="SandboxMailbox"/>. The core notification senders are not part of it.
/// </summary>
public class SandboxWorkflowMessageService : IWorkflowMessageService
{
    private readonly SandboxMailbox _mailbox;
    private readonly TimeProvider _timeProvider;

    public SandboxWorkflowMessageService(SandboxMailbox mailbox, TimeProvider timeProvider)
    {
        _mailbox = mailbox;
        _timeProvider = timeProvider;
    }

    public Task<int> SendNotificationAsync(MessageTemplate messageTemplate, EmailAccount emailAccount, int languageId, IList<Token> tokens,
        string toEmailAddress, string toName, string attachmentFilePath = null, string attachmentFileName = null,
        string replyToEmailAddress = null, string replyToName = null, string fromEmail = null, string fromName = null,
        string subject = null, bool ignoreDelayBeforeSend = false)
    {
        ArgumentNullException.ThrowIfNull(messageTemplate);
        ArgumentNullException.ThrowIfNull(emailAccount);

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        DateTime? notBefore = null;
        if (!ignoreDelayBeforeSend && messageTemplate.DelayBeforeSend is > 0)
        {
            var delay = messageTemplate.DelayPeriod == MessageDelayPeriod.Days
                ? TimeSpan.FromDays(messageTemplate.DelayBeforeSend.Value)
                : TimeSpan.FromHours(messageTemplate.DelayBeforeSend.Value);
            notBefore = now + delay;
        }

        var id = _mailbox.Add(next => new SandboxEmail(next, messageTemplate.Name, fromEmail ?? emailAccount.Email, toEmailAddress, toName,
            Replace(subject ?? messageTemplate.Subject, tokens, htmlEncode: false), Replace(messageTemplate.Body, tokens, htmlEncode: true),
            languageId, now, notBefore));

        return Task.FromResult(id);
    }

    private static string Replace(string template, IEnumerable<Token> tokens, bool htmlEncode)
    {
        var text = template ?? string.Empty;
        foreach (var token in tokens ?? [])
        {
            var value = token.Value?.ToString() ?? string.Empty;
            text = text.Replace($"%{token.Key}%", htmlEncode && !token.NeverHtmlEncoded ? WebUtility.HtmlEncode(value) : value, StringComparison.Ordinal);
        }

        return text;
    }
}
