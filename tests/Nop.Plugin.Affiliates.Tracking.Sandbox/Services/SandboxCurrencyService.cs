using Nop.Core.Domain.Directory;
using Nop.Services.Directory;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Test double of nopCommerce's ICurrencyService: the sandbox's one currency, whatever the id.
/// </summary>
public class SandboxCurrencyService : ICurrencyService
{
    public Task<Currency> GetCurrencyByIdAsync(int currencyId) => Task.FromResult(SandboxCurrency.Primary);
}
