using Microsoft.AspNetCore.Mvc.Filters;
using Nop.Core;
using Nop.Core.Domain.Affiliates;
using Nop.Services.Affiliates;
using Nop.Services.Customers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Mvc;

/// <summary>
/// Sandbox stand-in for nopCommerce's CheckAffiliate filter on public pages: with ?affiliateid=&lt;id&gt; (or, failing
/// that, ?affiliate=&lt;friendly name&gt;) an existing, active, not deleted affiliate becomes the current customer's
/// AffiliateId (last click wins, no expiry, system accounts excluded). Any HTTP method.
/// </summary>
public sealed class SandboxCheckAffiliateFilter : IAsyncActionFilter
{
    private readonly IAffiliateService _affiliateService;
    private readonly ICustomerService _customerService;
    private readonly IWorkContext _workContext;

    public SandboxCheckAffiliateFilter(IAffiliateService affiliateService, ICustomerService customerService, IWorkContext workContext)
    {
        _affiliateService = affiliateService;
        _customerService = customerService;
        _workContext = workContext;
    }

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var query = context.HttpContext.Request.Query;
        if (query.Count > 0)
        {
            var customer = await _workContext.GetCurrentCustomerAsync();
            Affiliate affiliate = null;
            if (int.TryParse(query[NopAffiliateDefaults.AffiliateIdQueryParameter].ToString(), out var affiliateId) && affiliateId > 0 && affiliateId != customer.AffiliateId)
                affiliate = await _affiliateService.GetAffiliateByIdAsync(affiliateId);
            else if (query[NopAffiliateDefaults.AffiliateQueryParameter].ToString() is { Length: > 0 } friendlyUrlName)
                affiliate = await _affiliateService.GetAffiliateByFriendlyUrlNameAsync(friendlyUrlName);

            if (affiliate is { Active: true, Deleted: false } && affiliate.Id != customer.AffiliateId && !customer.IsSystemAccount)
            {
                customer.AffiliateId = affiliate.Id;
                await _customerService.UpdateCustomerAsync(customer);
            }
        }

        await next();
    }
}
