namespace Nop.Plugin.Affiliates.Tracking.Services.Commissions;

public interface IPrimaryCurrencyCodeProvider
{
    /// <summary>
    /// The code of the store's primary currency, in which the ledger keeps every amount.
    /// </summary>
    Task<string> GetPrimaryCurrencyCodeAsync();
}
