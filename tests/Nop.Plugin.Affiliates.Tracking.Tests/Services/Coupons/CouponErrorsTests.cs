using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Coupons;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Coupons;

public class CouponErrorsTests
{
    [Test]
    public void EveryCouponError_HasAnEnglishMessage()
    {
        var keys = Enum.GetValues<CouponError>().Where(e => e != CouponError.None).Select(CouponErrors.ResourceKey);

        Assert.That(keys, Has.All.Matches<string>(key => AffiliateTrackingLocales.Resources.ContainsKey(key)));
    }

    [Test]
    public void EveryCodeRuleError_MapsToACouponErrorWithAMessage()
    {
        foreach (var error in Enum.GetValues<CouponCodeError>().Where(e => e != CouponCodeError.None))
            Assert.That(AffiliateTrackingLocales.Resources, Does.ContainKey(CouponErrors.ResourceKey(CouponErrors.FromCodeError(error))), error.ToString());
    }
}
