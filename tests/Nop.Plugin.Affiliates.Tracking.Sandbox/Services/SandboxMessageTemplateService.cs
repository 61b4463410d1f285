using Nop.Core.Domain.Messages;
using Nop.Data;
using Nop.Services.Messages;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's MessageTemplateService over the MessageTemplate table (one store, no store mappings).
/// </summary>
public class SandboxMessageTemplateService : IMessageTemplateService
{
    private readonly IRepository<MessageTemplate> _templateRepository;

    public SandboxMessageTemplateService(IRepository<MessageTemplate> templateRepository)
    {
        _templateRepository = templateRepository;
    }

    public async Task DeleteMessageTemplateAsync(MessageTemplate messageTemplate) => await _templateRepository.DeleteAsync(messageTemplate);

    public async Task InsertMessageTemplateAsync(MessageTemplate messageTemplate) => await _templateRepository.InsertAsync(messageTemplate);

    public async Task UpdateMessageTemplateAsync(MessageTemplate messageTemplate) => await _templateRepository.UpdateAsync(messageTemplate);

    public async Task<MessageTemplate> GetMessageTemplateByIdAsync(int messageTemplateId) => await _templateRepository.GetByIdAsync(messageTemplateId);

    public async Task<IList<MessageTemplate>> GetMessageTemplatesByNameAsync(string messageTemplateName, int? storeId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageTemplateName);

        return await _templateRepository.Table.Where(template => template.Name == messageTemplateName).OrderBy(template => template.Id).ToListAsync();
    }

    public async Task<IList<MessageTemplate>> GetAllMessageTemplatesAsync(int storeId, string keywords = null, bool? isActive = null, int emailAccountId = 0)
    {
        var query = _templateRepository.Table;
        if (!string.IsNullOrWhiteSpace(keywords))
            query = query.Where(template => template.Name.Contains(keywords) || template.Subject.Contains(keywords) || template.Body.Contains(keywords));
        if (isActive.HasValue)
            query = query.Where(template => template.IsActive == isActive.Value);
        if (emailAccountId > 0)
            query = query.Where(template => template.EmailAccountId == emailAccountId);

        return await query.OrderBy(template => template.Name).ToListAsync();
    }

    public Task<MessageTemplate> CopyMessageTemplateAsync(MessageTemplate messageTemplate) => throw new NotImplementedException("sandbox");
}
