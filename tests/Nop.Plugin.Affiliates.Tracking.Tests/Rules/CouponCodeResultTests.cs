using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class CouponCodeResultTests
{
    [Test]
    public void Success_Code_IsSuccessWithoutError()
    {
        var result = CouponCodeResult.Success("ALICE7KQ2");

        Assert.That(result.IsSuccess, Is.True);
        Assert.That(result.Code, Is.EqualTo("ALICE7KQ2"));
        Assert.That(result.Error, Is.EqualTo(CouponCodeError.None));
    }

    [Test]
    public void Failure_Error_HasNoCode()
    {
        var result = CouponCodeResult.Failure(CouponCodeError.Taken);

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Code, Is.Null);
        Assert.That(result.Error, Is.EqualTo(CouponCodeError.Taken));
    }
}
