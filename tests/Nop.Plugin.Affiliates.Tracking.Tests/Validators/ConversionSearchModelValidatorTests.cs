using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Validators;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Validators;

[TestFixture]
public class ConversionSearchModelValidatorTests
{
    private const string P = "Plugins.Affiliates.Tracking.Admin.Conversions.";

    [Test]
    public void Validate_EmptyModel_MatchEverythingFilter()
    {
        var errors = ConversionSearchModelValidator.Validate(new ConversionSearchModel(), out var filter);

        Assert.That(errors, Is.Empty);
        Assert.That(filter.AffiliateId, Is.Zero);
        Assert.That(filter.Source, Is.Null);
        Assert.That(filter.Status, Is.Null);
        Assert.That(filter.Dates.StartUtc, Is.Null);
        Assert.That(filter.Dates.EndUtc, Is.Null);
    }

    [Test]
    public void Validate_AllFilters_CopiedIntoFilter()
    {
        var model = new ConversionSearchModel
        {
            SearchAffiliateId = 7,
            SearchCouponCode = " abc ",
            SearchSourceId = (int)AttributionSource.Lifetime,
            SearchStatusId = (int)CommissionStatus.Paid,
            SearchStartDate = new DateTime(2026, 3, 10),
            SearchEndDate = new DateTime(2026, 3, 1)
        };

        var errors = ConversionSearchModelValidator.Validate(model, out var filter);

        Assert.That(errors, Is.Empty);
        Assert.That(filter.AffiliateId, Is.EqualTo(7));
        Assert.That(filter.CouponCode, Is.EqualTo(" abc "));
        Assert.That(filter.Source, Is.EqualTo(AttributionSource.Lifetime));
        Assert.That(filter.Status, Is.EqualTo(CommissionStatus.Paid));
        Assert.That(filter.Dates.StartUtc, Is.EqualTo(new DateTime(2026, 3, 1)), "reversed days swapped");
        Assert.That(filter.Dates.EndUtc, Is.EqualTo(new DateTime(2026, 3, 11)));
    }

    [TestCase(-1, "", 0, 0, "SearchAffiliateId", "SearchAffiliateId.Invalid")]
    [TestCase(0, "", 15, 0, "SearchSourceId", "SearchSource.Invalid")]
    [TestCase(0, "", -10, 0, "SearchSourceId", "SearchSource.Invalid")]
    [TestCase(0, "", 0, 50, "SearchStatusId", "SearchStatus.Invalid")]
    [TestCase(0, "", 0, int.MinValue, "SearchStatusId", "SearchStatus.Invalid")]
    [TestCase(0, "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO", 0, 0, "SearchCouponCode", "SearchCouponCode.TooLong")]
    public void Validate_BadValue_OneErrorNoFilter(int affiliateId, string code, int sourceId, int statusId, string property, string resource)
    {
        var model = new ConversionSearchModel { SearchAffiliateId = affiliateId, SearchCouponCode = code, SearchSourceId = sourceId, SearchStatusId = statusId };

        var errors = ConversionSearchModelValidator.Validate(model, out var filter);

        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].PropertyName, Is.EqualTo(property));
        Assert.That(errors[0].ResourceKey, Is.EqualTo(P + resource));
        Assert.That(filter, Is.Null);
    }

    [TestCase(10)]
    [TestCase(20)]
    [TestCase(30)]
    public void Validate_EachKnownSource_Accepted(int sourceId)
    {
        Assert.That(ConversionSearchModelValidator.Validate(new ConversionSearchModel { SearchSourceId = sourceId }, out _), Is.Empty);
    }

    [TestCase(10)]
    [TestCase(20)]
    [TestCase(30)]
    [TestCase(40)]
    public void Validate_EachKnownStatus_Accepted(int statusId)
    {
        Assert.That(ConversionSearchModelValidator.Validate(new ConversionSearchModel { SearchStatusId = statusId }, out _), Is.Empty);
    }

    [Test]
    public void Validate_CodeOf40CharactersWithSpaces_Accepted()
    {
        var model = new ConversionSearchModel { SearchCouponCode = "  " + new string('A', 40) + "  " };

        Assert.That(ConversionSearchModelValidator.Validate(model, out _), Is.Empty);
    }

    [Test]
    public void Validate_NullModel_Error()
    {
        Assert.That(ConversionSearchModelValidator.Validate(null, out var filter), Has.Count.EqualTo(1));
        Assert.That(filter, Is.Null);
    }

    [Test]
    public void Validate_EveryResourceKey_ExistsInLocales()
    {
        var keys = new[] { "SearchAffiliateId.Invalid", "SearchSource.Invalid", "SearchStatus.Invalid", "SearchCouponCode.TooLong", "InvalidFilter", "InvalidValue" };

        Assert.That(keys.Select(key => P + key), Is.SubsetOf(AffiliateTrackingLocales.Resources.Keys));
    }
}
