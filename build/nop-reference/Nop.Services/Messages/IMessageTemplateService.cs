using Nop.Core.Domain.Messages;

namespace Nop.Services.Messages;

public partial interface IMessageTemplateService
{
    Task DeleteMessageTemplateAsync(MessageTemplate messageTemplate);
    Task InsertMessageTemplateAsync(MessageTemplate messageTemplate);
    Task UpdateMessageTemplateAsync(MessageTemplate messageTemplate);
    Task<MessageTemplate> GetMessageTemplateByIdAsync(int messageTemplateId);
    Task<IList<MessageTemplate>> GetMessageTemplatesByNameAsync(string messageTemplateName, int? storeId = null);
    Task<IList<MessageTemplate>> GetAllMessageTemplatesAsync(int storeId, string keywords = null, bool? isActive = null, int emailAccountId = 0);
    Task<MessageTemplate> CopyMessageTemplateAsync(MessageTemplate messageTemplate);
}
