using Nop.Core.Domain.Messages;
using Nop.Data;
using Nop.Services.Messages;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's EmailAccountService over the EmailAccount table.
/// </summary>
public class SandboxEmailAccountService : IEmailAccountService
{
    private readonly IRepository<EmailAccount> _accountRepository;

    public SandboxEmailAccountService(IRepository<EmailAccount> accountRepository)
    {
        _accountRepository = accountRepository;
    }

    public async Task InsertEmailAccountAsync(EmailAccount emailAccount) => await _accountRepository.InsertAsync(emailAccount);

    public async Task UpdateEmailAccountAsync(EmailAccount emailAccount) => await _accountRepository.UpdateAsync(emailAccount);

    public async Task DeleteEmailAccountAsync(EmailAccount emailAccount) => await _accountRepository.DeleteAsync(emailAccount);

    public async Task<EmailAccount> GetEmailAccountByIdAsync(int emailAccountId) => await _accountRepository.GetByIdAsync(emailAccountId);

    public async Task<IList<EmailAccount>> GetAllEmailAccountsAsync() => await _accountRepository.Table.OrderBy(account => account.Id).ToListAsync();
}
