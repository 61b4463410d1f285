using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class CommissionRateRuleTests
{
    private const int Percent = (int)CommissionType.PercentageOfSubtotal;
    private const int Fixed = (int)CommissionType.FixedAmountPerOrder;

    [TestCase(7, null, Percent, 0)]
    [TestCase(7, null, Percent, 12.5)]
    [TestCase(7, null, Percent, 100)]
    [TestCase(7, 3, Percent, 0.0001)]
    [TestCase(7, null, Fixed, 0)]
    [TestCase(7, 3, Fixed, 4.99)]
    [TestCase(7, 3, Fixed, 1000000)]
    public void Validate_InRange_NoErrors(int affiliateId, int? categoryId, int typeId, decimal value) =>
        Assert.That(CommissionRateRule.Validate(affiliateId, categoryId, typeId, value), Is.Empty);

    [TestCase(0, null, Percent, 10, CommissionRateError.AffiliateNotFound)]
    [TestCase(-1, null, Percent, 10, CommissionRateError.AffiliateNotFound)]
    [TestCase(7, 0, Percent, 10, CommissionRateError.CategoryNotFound)]
    [TestCase(7, -5, Fixed, 1, CommissionRateError.CategoryNotFound)]
    [TestCase(7, null, Percent, -0.01, CommissionRateError.PercentageOutOfRange)]
    [TestCase(7, null, Percent, 100.01, CommissionRateError.PercentageOutOfRange)]
    [TestCase(7, null, Fixed, -1, CommissionRateError.AmountOutOfRange)]
    [TestCase(7, null, Fixed, 1000000.01, CommissionRateError.AmountOutOfRange)]
    [TestCase(7, null, 5, 10, CommissionRateError.TypeUnknown)]
    [TestCase(7, null, -1, 10, CommissionRateError.TypeUnknown)]
    public void Validate_OneThingWrong_ThatError(int affiliateId, int? categoryId, int typeId, decimal value, CommissionRateError expected) =>
        Assert.That(CommissionRateRule.Validate(affiliateId, categoryId, typeId, value), Is.EqualTo(new[] { expected }));

    [Test]
    public void Validate_EverythingWrong_AllErrors() =>
        Assert.That(CommissionRateRule.Validate(0, 0, 99, -1), Is.EqualTo(new[]
        {
            CommissionRateError.AffiliateNotFound, CommissionRateError.CategoryNotFound, CommissionRateError.TypeUnknown
        }));

    [TestCase(7, null, "7:")]
    [TestCase(7, 12, "7:12")]
    [TestCase(0, 3, "0:3")]
    public void Key_AffiliateAndCategory(int affiliateId, int? categoryId, string expected) =>
        Assert.That(CommissionRateRule.Key(affiliateId, categoryId), Is.EqualTo(expected));

    [Test]
    public void Key_LongestIdsFitTheColumn() =>
        Assert.That(CommissionRateRule.Key(int.MaxValue, int.MaxValue).Length, Is.LessThanOrEqualTo(AffiliateTrackingDefaults.CommissionRateKeyMaxLength));
}
