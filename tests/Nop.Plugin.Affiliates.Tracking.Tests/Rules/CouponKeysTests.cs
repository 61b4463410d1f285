using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

public class CouponKeysTests
{
    [Test]
    public void TemplateAffiliateKey_JoinsIds()
    {
        Assert.That(CouponKeys.TemplateAffiliateKey(12, 3456), Is.EqualTo("12:3456"));
    }

    [Test]
    public void DiscountName_Short_TellsTemplateOwnerAndCode()
    {
        Assert.That(CouponKeys.DiscountName("Spring", "Alice Tester", "ALICE7K2P"), Is.EqualTo("Spring – Alice Tester (ALICE7K2P)"));
    }

    [TestCase(300, 10)]
    [TestCase(10, 300)]
    [TestCase(300, 300)]
    public void DiscountName_Long_FitsColumnAndKeepsCode(int templateLength, int ownerLength)
    {
        var name = CouponKeys.DiscountName(new string('t', templateLength), new string('o', ownerLength), "CODE1234");

        Assert.That(name, Has.Length.LessThanOrEqualTo(200));
        Assert.That(name, Does.EndWith(" (CODE1234)").And.Contain(" – o"));
    }

    [Test]
    public void CouponTrackingUrlBuilder_StoreUrlWithQuery_AppendsParameters()
    {
        Assert.That(CouponTrackingUrlBuilder.Build("https://s.example/?x=1", "AB12", "ref", "alice"),
            Is.EqualTo("https://s.example/?x=1&discountcoupon=AB12&ref=alice"));
    }
}
