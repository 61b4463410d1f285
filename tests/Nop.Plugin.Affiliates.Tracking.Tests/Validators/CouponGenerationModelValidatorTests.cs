using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Coupons;
using Nop.Plugin.Affiliates.Tracking.Validators;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Validators;

[TestFixture]
public class CouponGenerationModelValidatorTests
{
    private const string P = "Plugins.Affiliates.Tracking.Fields.Coupon.";

    private static readonly IReadOnlyDictionary<string, int> _keys =
        new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["alice"] = 1, ["1"] = 1, ["bob"] = 2, ["2"] = 2 };

    private static CouponGenerationModel ValidModel() => new()
    {
        TemplateDiscountId = 7,
        PatternId = (int)CouponCodePattern.FromName,
        AllAffiliates = true,
        RandomLength = 4,
        StartDate = new DateTime(2026, 5, 1),
        EndDate = new DateTime(2026, 5, 31),
        Note = "Spring"
    };

    [Test]
    public void Validate_ValidModel_BuildsRequestWithWholeUtcDays()
    {
        var errors = CouponGenerationModelValidator.Validate(ValidModel(), _keys, out var request);

        Assert.That(errors, Is.Empty);
        Assert.That((request.TemplateDiscountId, request.Pattern, request.RandomLength, request.Note), Is.EqualTo((7, CouponCodePattern.FromName, 4, "Spring")));
        Assert.That(request.StartDateUtc, Is.EqualTo(new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.That(request.EndDateUtc, Is.EqualTo(new DateTime(2026, 5, 31, 23, 59, 59, DateTimeKind.Utc)), "the end date is the last day a code works");
        Assert.That(request.StartDateUtc!.Value.Kind, Is.EqualTo(DateTimeKind.Utc));
        Assert.That(request.AffiliateIds, Is.Empty, "all active affiliates");
    }

    [Test]
    public void Validate_SelectedAffiliates_AreDistinctPositiveIds()
    {
        var model = ValidModel() with { AllAffiliates = false, SelectedAffiliateIds = [2, 2, 0, -3, 1] };

        var errors = CouponGenerationModelValidator.Validate(model, _keys, out var request);

        Assert.That(errors, Is.Empty);
        Assert.That(request.AffiliateIds, Is.EqualTo(new[] { 2, 1 }));
    }

    [Test]
    public void Validate_NotAllAndNoneSelected_IsRefusedRatherThanMeaningAll()
    {
        var errors = CouponGenerationModelValidator.Validate(ValidModel() with { AllAffiliates = false }, _keys, out var request);

        Assert.That(errors.Select(e => e.ResourceKey), Is.EqualTo(new[] { P + "SelectedAffiliates.Required" }));
        Assert.That(request, Is.Null);
    }

    [Test]
    public void Validate_NothingChosen_ReportsEveryMissingChoice()
    {
        var model = ValidModel() with { TemplateDiscountId = 0, PatternId = 99, StartDate = null };

        var errors = CouponGenerationModelValidator.Validate(model, _keys, out var request);

        Assert.That(errors.Select(e => (e.PropertyName, e.ResourceKey)), Is.EquivalentTo(new[]
        {
            ("TemplateDiscountId", P + "TemplateDiscount.Required"),
            ("PatternId", P + "Pattern.Invalid"),
            ("StartDate", P + "StartDate.Required")
        }));
        Assert.That(request, Is.Null);
    }

    [Test]
    public void Validate_TypedCodes_ResolvesHandlesAndIdsCaseInsensitively()
    {
        var model = ValidModel() with { PatternId = (int)CouponCodePattern.Typed, TypedCodes = "ALICE=ALICE2026\n2=bobcode9", AllAffiliates = false };

        var errors = CouponGenerationModelValidator.Validate(model, _keys, out var request);

        Assert.That(errors, Is.Empty);
        Assert.That(request.TypedCodes, Is.EquivalentTo(new Dictionary<int, string> { [1] = "ALICE2026", [2] = "bobcode9" }));
    }

    [Test]
    public void Validate_TypedCodesWithBadLines_ReportsEachLine()
    {
        var model = ValidModel() with { PatternId = (int)CouponCodePattern.Typed, TypedCodes = "alice=AAAA1\nnobody=X1234\nbroken\n1=AGAIN12" };

        var errors = CouponGenerationModelValidator.Validate(model, _keys, out var request);

        Assert.That(errors.Select(e => (e.ResourceKey, string.Join("|", e.Arguments))), Is.EquivalentTo(new[]
        {
            (P + "TypedCodes.Malformed", "3"),
            (P + "TypedCodes.UnknownAffiliate", "2|nobody"),
            (P + "TypedCodes.DuplicateAffiliate", "4|1")
        }));
        Assert.That(errors.Select(e => e.PropertyName).Distinct(), Is.EqualTo(new[] { "TypedCodes" }));
        Assert.That(request, Is.Null);
    }

    [Test]
    public void Validate_TypedPatternWithEmptyBox_AsksForCodes()
    {
        var errors = CouponGenerationModelValidator.Validate(ValidModel() with { PatternId = (int)CouponCodePattern.Typed, TypedCodes = " \n " }, _keys, out _);

        Assert.That(errors.Select(e => e.ResourceKey), Is.EqualTo(new[] { CouponErrors.ResourceKey(CouponError.TypedCodeMissing) }));
    }

    [Test]
    public void Validate_ResourceKeysUsed_AllExistInLocales()
    {
        var model = ValidModel() with { TemplateDiscountId = 0, PatternId = (int)CouponCodePattern.Typed, StartDate = null, TypedCodes = "x\nnobody=A\nalice=B\nalice=C" };

        var errors = CouponGenerationModelValidator.Validate(model, _keys, out _);

        Assert.That(errors.Select(e => e.ResourceKey), Has.All.Matches<string>(key => AffiliateTrackingLocales.Resources.ContainsKey(key)));
    }

    [TestCase(CouponError.TemplateNotFound, 0, CouponCodePattern.FromName, "TemplateDiscountId")]
    [TestCase(CouponError.TemplateWithoutCouponCode, 0, CouponCodePattern.FromName, "TemplateDiscountId")]
    [TestCase(CouponError.EndBeforeStart, 0, CouponCodePattern.FromName, "EndDate")]
    [TestCase(CouponError.NoteTooLong, 0, CouponCodePattern.FromName, "Note")]
    [TestCase(CouponError.InvalidRandomLength, 0, CouponCodePattern.PrefixRandom, "RandomLength")]
    [TestCase(CouponError.InvalidCharacters, 0, CouponCodePattern.PrefixRandom, "Prefix")]
    [TestCase(CouponError.TooLong, 0, CouponCodePattern.PrefixRandom, "Prefix")]
    [TestCase(CouponError.TooShort, 4, CouponCodePattern.Typed, "TypedCodes")]
    [TestCase(CouponError.AffiliateInactive, 4, CouponCodePattern.Typed, "TypedCodes")]
    [TestCase(CouponError.AffiliateInactive, 4, CouponCodePattern.FromName, "SelectedAffiliateIds")]
    [TestCase(CouponError.NoAffiliates, 0, CouponCodePattern.FromName, "SelectedAffiliateIds")]
    [TestCase(CouponError.Exhausted, 0, CouponCodePattern.FromName, "")]
    public void PropertyFor_ServiceProblem_NamesTheField(CouponError error, int affiliateId, CouponCodePattern pattern, string expected)
    {
        Assert.That(CouponGenerationModelValidator.PropertyFor(new CouponProblem(error, affiliateId), pattern), Is.EqualTo(expected));
    }
}
