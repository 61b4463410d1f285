using Nop.Core.Domain.Directory;
using Nop.Services.Directory;

namespace Nop.Plugin.Affiliates.Tracking.Services.Commissions;

public class PrimaryCurrencyCodeProvider : IPrimaryCurrencyCodeProvider
{
    private readonly CurrencySettings _currencySettings;
    private readonly ICurrencyService _currencyService;
    private string _code;

    public PrimaryCurrencyCodeProvider(CurrencySettings currencySettings, ICurrencyService currencyService)
    {
        _currencySettings = currencySettings;
        _currencyService = currencyService;
    }

    /// <inheritdoc />
    public async Task<string> GetPrimaryCurrencyCodeAsync()
    {
        _code ??= (await _currencyService.GetCurrencyByIdAsync(_currencySettings.PrimaryStoreCurrencyId))?.CurrencyCode ?? string.Empty;
        return _code;
    }
}
