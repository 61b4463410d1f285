using System.Globalization;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Commissions;
using Nop.Plugin.Affiliates.Tracking.Services.Payouts;
using Nop.Services.Affiliates;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Security;

namespace Nop.Plugin.Affiliates.Tracking.Factories;

public class AffiliatePayoutModelFactory : IAffiliatePayoutModelFactory
{
    private readonly IAffiliatePayoutService _payoutService;
    private readonly IAffiliateService _affiliateService;
    private readonly ILocalizationService _localizationService;
    private readonly IPayoutEmailProvider _payoutEmailProvider;
    private readonly IPermissionService _permissionService;
    private readonly IPrimaryCurrencyCodeProvider _currencyCodeProvider;
    private readonly ISettingService _settingService;

    public AffiliatePayoutModelFactory(IAffiliatePayoutService payoutService,
        IAffiliateService affiliateService,
        ILocalizationService localizationService,
        IPayoutEmailProvider payoutEmailProvider,
        IPermissionService permissionService,
        IPrimaryCurrencyCodeProvider currencyCodeProvider,
        ISettingService settingService)
    {
        _payoutService = payoutService;
        _affiliateService = affiliateService;
        _localizationService = localizationService;
        _payoutEmailProvider = payoutEmailProvider;
        _permissionService = permissionService;
        _currencyCodeProvider = currencyCodeProvider;
        _settingService = settingService;
    }

    /// <inheritdoc />
    public async Task<PayoutPageModel> PreparePayoutPageModelAsync()
    {
        var settings = await _settingService.LoadSettingAsync<AffiliateTrackingSettings>();
        var names = new Dictionary<int, string>();
        var model = new PayoutPageModel
        {
            MinimumPayoutAmount = settings.MinimumPayoutAmount,
            CurrencyCode = await _currencyCodeProvider.GetPrimaryCurrencyCodeAsync(),
            CanManage = await _permissionService.AuthorizeAsync(AffiliateTrackingPermissionConfigManager.ManagePayouts)
        };

        foreach (var balance in await _payoutService.GetOpenBalancesAsync())
        {
            model.Balances.Add(new PayoutBalanceModel
            {
                AffiliateId = balance.AffiliateId,
                AffiliateName = await AffiliateNameAsync(balance.AffiliateId, names),
                PayoutEmail = await _payoutEmailProvider.GetPayoutEmailAsync(balance.AffiliateId),
                Amount = balance.Amount,
                Payable = balance.Payable
            });
        }

        // nopCommerce's parameterless SetGridPageSize reads AdminAreaSettings; the batches grid keeps its own bounded sizes.
        model.BatchSearch.SetGridPageSize(AffiliateTrackingDefaults.PayoutsGridDefaultPageSize,
            string.Join(",", new[] { AffiliateTrackingDefaults.PayoutsGridDefaultPageSize, 50, AffiliateTrackingDefaults.PayoutsGridMaxPageSize }));

        return model;
    }

    /// <inheritdoc />
    public async Task<PayoutListModel> PreparePayoutListModelAsync(PayoutSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var page = GridPage.FromOffset(searchModel.Start, searchModel.Length,
            AffiliateTrackingDefaults.PayoutsGridDefaultPageSize, AffiliateTrackingDefaults.PayoutsGridMaxPageSize);
        var payouts = await _payoutService.GetPayoutsAsync(page.PageIndex, page.PageSize);
        var names = new Dictionary<int, string>();
        var rows = new List<PayoutBatchModel>(payouts.Count);
        foreach (var payout in payouts)
        {
            var batch = new PayoutBatchModel
            {
                Id = payout.Id,
                Reference = payout.Reference,
                StatusName = await StatusNameAsync(payout.Status),
                IsPaid = payout.Status == PayoutStatus.Paid,
                TotalAmount = payout.TotalAmount,
                CurrencyCode = payout.CurrencyCode,
                TotalAmountText = MoneyText(payout.TotalAmount, payout.CurrencyCode),
                CreatedOnUtc = payout.CreatedOnUtc,
                PaidOnUtc = payout.PaidOnUtc
            };
            foreach (var line in await _payoutService.GetPayoutLinesAsync(payout.Id))
            {
                batch.Lines.Add(new PayoutLineModel
                {
                    AffiliateId = line.AffiliateId,
                    AffiliateName = await AffiliateNameAsync(line.AffiliateId, names),
                    PayoutEmail = line.PayoutEmail,
                    Amount = line.Amount,
                    AmountText = MoneyText(line.Amount, payout.CurrencyCode),
                    Reference = line.Reference,
                    StatusName = await StatusNameAsync(line.Status)
                });
            }

            rows.Add(batch);
        }

        return new PayoutListModel
        {
            Data = rows,
            Draw = searchModel.Draw,
            RecordsTotal = payouts.TotalCount,
            RecordsFiltered = payouts.TotalCount
        };
    }

    // Written like the balances table above the grid: the admin's number format, then the currency code.
    private static string MoneyText(decimal amount, string currencyCode) => $"{amount.ToString("N2", CultureInfo.CurrentCulture)} {currencyCode}";

    private Task<string> StatusNameAsync(PayoutStatus status) =>
        _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "Payouts.Status." + status);

    private async Task<string> AffiliateNameAsync(int affiliateId, IDictionary<int, string> names)
    {
        if (names.TryGetValue(affiliateId, out var name))
            return name;

        var affiliate = await _affiliateService.GetAffiliateByIdAsync(affiliateId);
        name = affiliate is null ? $"#{affiliateId}" : await _affiliateService.GetAffiliateFullNameAsync(affiliate);
        names[affiliateId] = string.IsNullOrWhiteSpace(name) ? $"#{affiliateId}" : name;
        return names[affiliateId];
    }
}
