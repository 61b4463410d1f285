using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Mvc;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Controllers;

/// <summary>
/// Base of the storefront controllers; stands in for nopCommerce's BasePublicController and its query-string filters
/// (?discountcoupon=, ?affiliateid= / ?affiliate=).
/// </summary>
[TypeFilter(typeof(SandboxCheckDiscountCouponFilter))]
[TypeFilter(typeof(SandboxCheckAffiliateFilter))]
[AutoValidateAntiforgeryToken]
public abstract class SandboxPublicController : Controller
{
}
