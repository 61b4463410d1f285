using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Validators;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Validators;

[TestFixture]
public class CouponSearchModelValidatorTests
{
    [TestCase(0)]
    [TestCase(1)]
    [TestCase(42)]
    [TestCase(int.MaxValue)]
    public void Validate_AllOrATemplateId_Accepted(int templateId)
    {
        var errors = CouponSearchModelValidator.Validate(new AffiliateCouponSearchModel { SearchTemplateDiscountId = templateId }, out var filter);

        Assert.That(errors, Is.Empty);
        Assert.That(filter, Is.EqualTo(templateId));
    }

    [Test]
    public void Validate_NullModel_AllTemplates()
    {
        var errors = CouponSearchModelValidator.Validate(null, out var filter);

        Assert.That((errors.Count, filter), Is.EqualTo((0, 0)));
    }

    [TestCase(-1)]
    [TestCase(int.MinValue)]
    public void Validate_NegativeTemplateId_RefusedNotWidenedToAll(int templateId)
    {
        var errors = CouponSearchModelValidator.Validate(new AffiliateCouponSearchModel { SearchTemplateDiscountId = templateId }, out var filter);

        Assert.That(errors.Select(e => (e.PropertyName, e.ResourceKey)),
            Is.EqualTo(new[] { (nameof(AffiliateCouponSearchModel.SearchTemplateDiscountId), "Plugins.Affiliates.Tracking.Admin.Coupons.Search.TemplateInvalid") }));
        Assert.That(filter, Is.Zero);
    }
}
