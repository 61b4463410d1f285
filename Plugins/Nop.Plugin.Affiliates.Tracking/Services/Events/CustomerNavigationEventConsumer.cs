using Nop.Core;
using Nop.Services.Customers;
using Nop.Services.Events;
using Nop.Services.Localization;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;
using Nop.Web.Models.Customer;

namespace Nop.Plugin.Affiliates.Tracking.Services.Events;

/// <summary>
/// Adds "Affiliate program" to the My account navigation of registered customers, without overriding core's factory.
/// </summary>
public class CustomerNavigationEventConsumer : IConsumer<ModelPreparedEvent<BaseNopModel>>
{
    private readonly AffiliateTrackingSettings _settings;
    private readonly ICustomerService _customerService;
    private readonly ILocalizationService _localizationService;
    private readonly IWorkContext _workContext;

    public CustomerNavigationEventConsumer(AffiliateTrackingSettings settings,
        ICustomerService customerService,
        ILocalizationService localizationService,
        IWorkContext workContext)
    {
        _settings = settings;
        _customerService = customerService;
        _localizationService = localizationService;
        _workContext = workContext;
    }

    public async Task HandleEventAsync(ModelPreparedEvent<BaseNopModel> eventMessage)
    {
        if (eventMessage?.Model is not CustomerNavigationModel model || !_settings.Enabled)
            return;
        if (model.CustomerNavigationItems.Any(item => item.Tab == AffiliateTrackingDefaults.AccountNavigationTabId))
            return;
        if (!await _customerService.IsRegisteredAsync(await _workContext.GetCurrentCustomerAsync()))
            return;

        model.CustomerNavigationItems.Add(new CustomerNavigationItemModel
        {
            RouteName = AffiliateTrackingDefaults.AccountRouteName,
            Title = await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "Account.Navigation"),
            Tab = AffiliateTrackingDefaults.AccountNavigationTabId,
            ItemClass = "affiliate-program"
        });
    }
}
