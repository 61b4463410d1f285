using Nop.Core.Domain.Messages;

namespace Nop.Services.Messages;

// The plugin only calls this service, so the surface declares the member it needs
// (upstream has one sender per core notification).
// apicheck:allow incomplete-interface
public partial interface IWorkflowMessageService
{
    Task<int> SendNotificationAsync(MessageTemplate messageTemplate,
        EmailAccount emailAccount, int languageId, IList<Token> tokens,
        string toEmailAddress, string toName,
        string attachmentFilePath = null, string attachmentFileName = null,
        string replyToEmailAddress = null, string replyToName = null,
        string fromEmail = null, string fromName = null, string subject = null,
        bool ignoreDelayBeforeSend = false);
}
