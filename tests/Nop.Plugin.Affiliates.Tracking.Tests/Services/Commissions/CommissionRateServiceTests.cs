using Moq;
using Nop.Core;
using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Services;
using Nop.Plugin.Affiliates.Tracking.Services.Commissions;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using Nop.Services.Catalog;
using Nop.Services.Configuration;
using Nop.Services.Orders;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Commissions;

[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class CommissionRateServiceTests : DatabaseFixture
{
    private static readonly DateTime Now = new(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    private ManualTimeProvider _clock;
    private CommissionRateService _service;
    private int _affiliateId;
    private int _otherAffiliateId;
    private int _deletedAffiliateId;

    public CommissionRateServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    [SetUp]
    public async Task SetUpAsync()
    {
        await Database.ClearAllTablesAsync();
        var affiliates = Database.CreateRepository<Affiliate>();
        var affiliateService = new SandboxAffiliateService(Database.CreateRepository<Address>(), affiliates, Database.CreateRepository<Order>(), Mock.Of<IWebHelper>());
        var alice = new Affiliate { Active = true, FriendlyUrlName = "alice" };
        var bob = new Affiliate { Active = true, FriendlyUrlName = "bob" };
        var gone = new Affiliate { Active = true, FriendlyUrlName = "gone", Deleted = true };
        foreach (var affiliate in new[] { alice, bob, gone })
            await affiliates.InsertAsync(affiliate, false);
        (_affiliateId, _otherAffiliateId, _deletedAffiliateId) = (alice.Id, bob.Id, gone.Id);

        _clock = new ManualTimeProvider(Now);
        _service = new CommissionRateService(affiliateService, new SandboxCategoryService(), Database.CreateRepository<AffiliateCommissionRate>(), _clock);
    }

    private Task<List<AffiliateCommissionRate>> RowsAsync() =>
        Database.CreateRepository<AffiliateCommissionRate>().Table.OrderBy(r => r.Id).ToListAsync();

    [Test]
    public async Task SaveRateAsync_NewWholeOrderPercentage_StoresOneRowWithKey()
    {
        var result = await _service.SaveRateAsync(new CommissionRateInput(_affiliateId, null, (int)CommissionType.PercentageOfSubtotal, 12.5m));

        Assert.That(result.Success, Is.True);
        var row = (await RowsAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.AffiliateId, Is.EqualTo(_affiliateId));
            Assert.That(row.CategoryId, Is.Null);
            Assert.That(row.RateKey, Is.EqualTo($"{_affiliateId}:"));
            Assert.That(row.CommissionType, Is.EqualTo(CommissionType.PercentageOfSubtotal));
            Assert.That(row.Percentage, Is.EqualTo(12.5m));
            Assert.That(row.Amount, Is.Zero);
            Assert.That(row.CreatedOnUtc, Is.EqualTo(Now));
            Assert.That(row.UpdatedOnUtc, Is.EqualTo(Now));
        });
    }

    [Test]
    public async Task SaveRateAsync_SameKeyTwice_UpdatesTheRowAndClearsTheOtherColumn()
    {
        await _service.SaveRateAsync(new CommissionRateInput(_affiliateId, SandboxCategoryService.BooksCategoryId, (int)CommissionType.PercentageOfSubtotal, 20m));
        _clock.Advance(TimeSpan.FromHours(1));

        var result = await _service.SaveRateAsync(new CommissionRateInput(_affiliateId, SandboxCategoryService.BooksCategoryId, (int)CommissionType.FixedAmountPerOrder, 3.5m));

        Assert.That(result.Success, Is.True);
        var row = (await RowsAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.RateKey, Is.EqualTo($"{_affiliateId}:{SandboxCategoryService.BooksCategoryId}"));
            Assert.That(row.CommissionType, Is.EqualTo(CommissionType.FixedAmountPerOrder));
            Assert.That(row.Amount, Is.EqualTo(3.5m));
            Assert.That(row.Percentage, Is.Zero);
            Assert.That(row.CreatedOnUtc, Is.EqualTo(Now));
            Assert.That(row.UpdatedOnUtc, Is.EqualTo(Now.AddHours(1)));
        });
    }

    [Test]
    public async Task SaveRateAsync_UnknownOrDeletedCategory_CategoryNotFoundAndNothingStored()
    {
        var unknown = await _service.SaveRateAsync(new CommissionRateInput(_affiliateId, 999, (int)CommissionType.PercentageOfSubtotal, 5m));
        var deleted = await _service.SaveRateAsync(new CommissionRateInput(_affiliateId, SandboxCategoryService.DeletedCategoryId, (int)CommissionType.PercentageOfSubtotal, 5m));

        Assert.That(unknown.Errors, Is.EqualTo(new[] { CommissionRateError.CategoryNotFound }));
        Assert.That(deleted.Errors, Is.EqualTo(new[] { CommissionRateError.CategoryNotFound }));
        Assert.That(await RowsAsync(), Is.Empty);
    }

    [Test]
    public async Task SaveRateAsync_UnknownOrDeletedAffiliateOrBadValue_RefusedAndNothingStored()
    {
        var unknown = await _service.SaveRateAsync(new CommissionRateInput(int.MaxValue, null, (int)CommissionType.PercentageOfSubtotal, 5m));
        var deleted = await _service.SaveRateAsync(new CommissionRateInput(_deletedAffiliateId, null, (int)CommissionType.PercentageOfSubtotal, 5m));
        var tooMuch = await _service.SaveRateAsync(new CommissionRateInput(_affiliateId, null, (int)CommissionType.PercentageOfSubtotal, 101m));
        var negative = await _service.SaveRateAsync(new CommissionRateInput(_affiliateId, null, (int)CommissionType.FixedAmountPerOrder, -1m));

        Assert.Multiple(() =>
        {
            Assert.That(unknown.Errors, Is.EqualTo(new[] { CommissionRateError.AffiliateNotFound }));
            Assert.That(deleted.Errors, Is.EqualTo(new[] { CommissionRateError.AffiliateNotFound }));
            Assert.That(tooMuch.Errors, Is.EqualTo(new[] { CommissionRateError.PercentageOutOfRange }));
            Assert.That(negative.Errors, Is.EqualTo(new[] { CommissionRateError.AmountOutOfRange }));
        });
        Assert.That(await RowsAsync(), Is.Empty);
    }

    [Test]
    public async Task GetRatesByAffiliateIdAsync_OwnRatesOnly_WholeOrderFirst()
    {
        await _service.SaveRateAsync(new CommissionRateInput(_affiliateId, SandboxCategoryService.BooksCategoryId, (int)CommissionType.PercentageOfSubtotal, 2m));
        await _service.SaveRateAsync(new CommissionRateInput(_otherAffiliateId, null, (int)CommissionType.PercentageOfSubtotal, 3m));
        await _service.SaveRateAsync(new CommissionRateInput(_affiliateId, SandboxCategoryService.ApparelCategoryId, (int)CommissionType.PercentageOfSubtotal, 4m));
        await _service.SaveRateAsync(new CommissionRateInput(_affiliateId, null, (int)CommissionType.PercentageOfSubtotal, 5m));

        var rates = await _service.GetRatesByAffiliateIdAsync(_affiliateId);

        Assert.That(rates.Select(r => r.CategoryId), Is.EqualTo(new int?[] { null, SandboxCategoryService.ApparelCategoryId, SandboxCategoryService.BooksCategoryId }));
        Assert.That(await _service.GetRatesByAffiliateIdAsync(0), Is.Empty);
    }

    [Test]
    public async Task DeleteRateAsync_OwnRate_Deleted_OtherAffiliatesRate_Refused()
    {
        var own = (await _service.SaveRateAsync(new CommissionRateInput(_affiliateId, null, (int)CommissionType.PercentageOfSubtotal, 5m))).Rate;
        var others = (await _service.SaveRateAsync(new CommissionRateInput(_otherAffiliateId, null, (int)CommissionType.PercentageOfSubtotal, 6m))).Rate;

        var wrongOwner = await _service.DeleteRateAsync(_affiliateId, others.Id);
        var missing = await _service.DeleteRateAsync(_affiliateId, 0);
        var deleted = await _service.DeleteRateAsync(_affiliateId, own.Id);

        Assert.That(wrongOwner.Errors, Is.EqualTo(new[] { CommissionRateError.RateNotFound }));
        Assert.That(missing.Errors, Is.EqualTo(new[] { CommissionRateError.RateNotFound }));
        Assert.That(deleted.Success, Is.True);
        Assert.That((await RowsAsync()).Select(r => r.Id), Is.EqualTo(new[] { others.Id }));
    }

    [Test]
    public async Task SavedRate_IsWhatTheLedgerCalculates()
    {
        await _service.SaveRateAsync(new CommissionRateInput(_affiliateId, null, (int)CommissionType.PercentageOfSubtotal, 25m));
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<AffiliateTrackingSettings>(It.IsAny<int>())).ReturnsAsync(new AffiliateTrackingSettings());
        var calculation = new CommissionCalculationService(new SandboxCategoryService(), Mock.Of<IOrderService>(),
            Database.CreateRepository<AffiliateCommissionRate>(), settingService.Object);

        var own = await calculation.CalculateAsync(new Order { OrderSubtotalExclTax = 200m }, _affiliateId);
        var other = await calculation.CalculateAsync(new Order { OrderSubtotalExclTax = 200m }, _otherAffiliateId);

        Assert.That(own.Amount, Is.EqualTo(50m));
        Assert.That(other.Amount, Is.EqualTo(20m), "the program's 10 % for an affiliate without an override");
    }
}
