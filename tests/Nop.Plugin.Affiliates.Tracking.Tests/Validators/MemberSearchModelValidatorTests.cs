using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Validators;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Validators;

[TestFixture]
public class MemberSearchModelValidatorTests
{
    private const string P = "Plugins.Affiliates.Tracking.Admin.Members.Search.";

    [TestCase(null, 0, null, null)]
    [TestCase("", 0, null, null)]
    [TestCase("   ", 0, null, null)]
    [TestCase("  alice@example.com ", 0, "alice@example.com", null)]
    [TestCase("Nina", 10, "Nina", MemberStatus.Applied)]
    [TestCase(null, 20, null, MemberStatus.Approved)]
    [TestCase(null, 30, null, MemberStatus.Rejected)]
    [TestCase(null, 40, null, MemberStatus.Suspended)]
    public void Validate_GoodInput_Filter(string keywords, int statusId, string expectedKeywords, MemberStatus? expectedStatus)
    {
        var errors = MemberSearchModelValidator.Validate(new MemberSearchModel { SearchKeywords = keywords, SearchStatusId = statusId }, out var filter);

        Assert.That(errors, Is.Empty);
        Assert.That((filter.Keywords, filter.Status), Is.EqualTo((expectedKeywords, expectedStatus)));
    }

    [Test]
    public void Validate_NullModel_EverythingFilter()
    {
        var errors = MemberSearchModelValidator.Validate(null, out var filter);

        Assert.That(errors, Is.Empty);
        Assert.That((filter.Keywords, filter.Status), Is.EqualTo(((string)null, (MemberStatus?)null)));
    }

    [TestCase(254, false)]
    [TestCase(255, true)]
    [TestCase(5000, true)]
    public void Validate_KeywordLength_LimitIs254AfterTrimming(int length, bool refused)
    {
        var errors = MemberSearchModelValidator.Validate(new MemberSearchModel { SearchKeywords = "  " + new string('a', length) + "  " }, out var filter);

        Assert.That(errors.Select(e => e.ResourceKey), refused ? Is.EqualTo(new[] { P + "KeywordsTooLong" }) : Is.Empty);
        Assert.That(filter, refused ? Is.Null : Is.Not.Null);
    }

    [TestCase(-1)]
    [TestCase(5)]
    [TestCase(11)]
    [TestCase(77)]
    [TestCase(int.MaxValue)]
    public void Validate_UnknownStatus_RefusedNotWidened(int statusId)
    {
        var errors = MemberSearchModelValidator.Validate(new MemberSearchModel { SearchStatusId = statusId }, out var filter);

        Assert.That(errors.Select(e => (e.PropertyName, e.ResourceKey)), Is.EqualTo(new[] { (nameof(MemberSearchModel.SearchStatusId), P + "StatusInvalid") }));
        Assert.That(filter, Is.Null);
    }

    [Test]
    public void Validate_BothWrong_BothReported()
    {
        var errors = MemberSearchModelValidator.Validate(new MemberSearchModel { SearchKeywords = new string('x', 300), SearchStatusId = 3 }, out _);

        Assert.That(errors, Has.Count.EqualTo(2));
    }
}
