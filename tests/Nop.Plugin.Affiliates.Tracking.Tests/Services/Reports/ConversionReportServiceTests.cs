using Moq;
using Nop.Core.Domain.Affiliates;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Reports;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using Nop.Services.Affiliates;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Reports;

[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class ConversionReportServiceTests : DatabaseFixture
{
    private const int AliceId = 1;
    private const int BobId = 2;
    private const int MalloryId = 3;

    private static readonly DateTime March1 = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    private Mock<IAffiliateService> _affiliateService;

    public ConversionReportServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    [SetUp]
    public async Task SetUpAsync()
    {
        await Database.ClearAllTablesAsync();

        _affiliateService = new Mock<IAffiliateService>();
        SetUpAffiliate(AliceId, "Alice Adams");
        SetUpAffiliate(BobId, "Smith, \"Bob\"");
        SetUpAffiliate(MalloryId, "=HYPERLINK(\"http://evil.example\",\"x\")");
    }

    private void SetUpAffiliate(int id, string fullName)
    {
        var affiliate = new Affiliate { Id = id, Active = true };
        _affiliateService.Setup(s => s.GetAffiliateByIdAsync(id)).ReturnsAsync(affiliate);
        _affiliateService.Setup(s => s.GetAffiliateFullNameAsync(It.Is<Affiliate>(a => a.Id == id))).ReturnsAsync(fullName);
    }

    private ConversionReportService CreateService() =>
        new(_affiliateService.Object, Database.CreateRepository<AffiliateCommission>(), Database.CreateRepository<AffiliateLink>());

    private static AffiliateCommission Commission(int orderId, int affiliateId, DateTime createdOnUtc, AttributionSource source = AttributionSource.Link,
        CommissionStatus status = CommissionStatus.Pending, string couponCode = null, int linkId = 0, decimal amount = 1m) => new()
    {
        OrderId = orderId,
        AffiliateId = affiliateId,
        Source = source,
        Status = status,
        CouponCode = couponCode,
        LinkId = linkId,
        BaseAmount = amount * 10,
        Amount = amount,
        OrderCurrencyCode = "USD",
        OrderCurrencyRate = 1m,
        CreatedOnUtc = createdOnUtc,
        UpdatedOnUtc = createdOnUtc
    };

    private async Task SeedMixAsync()
    {
        await Database.CreateRepository<AffiliateCommission>().InsertAsync(new List<AffiliateCommission>
        {
            Commission(101, AliceId, March1.AddDays(0), AttributionSource.Coupon, CommissionStatus.Pending, "ALICE10"),
            Commission(102, AliceId, March1.AddDays(1), AttributionSource.Link, CommissionStatus.Approved, linkId: 7),
            Commission(103, BobId, March1.AddDays(2), AttributionSource.Coupon, CommissionStatus.Paid, "BOB5"),
            Commission(104, BobId, March1.AddDays(3), AttributionSource.Lifetime, CommissionStatus.Reversed),
            Commission(105, AliceId, March1.AddDays(4), AttributionSource.Coupon, CommissionStatus.Approved, "ALICE10"),
            Commission(106, BobId, March1.AddDays(31), AttributionSource.Link, CommissionStatus.Pending)
        });
    }

    private async Task<int[]> OrderIdsAsync(ConversionFilter filter)
    {
        var page = await CreateService().SearchConversionsAsync(filter, 0, 100);
        Assert.That(page.TotalCount, Is.EqualTo(page.Count), "one page holds every match, so the count is the page's size");
        return page.Select(commission => commission.OrderId).ToArray();
    }

    [Test]
    public async Task SearchConversionsAsync_NoFilter_AllNewestFirst()
    {
        await SeedMixAsync();

        Assert.That(await OrderIdsAsync(new ConversionFilter()), Is.EqualTo(new[] { 106, 105, 104, 103, 102, 101 }));
        Assert.That(await OrderIdsAsync(null), Is.EqualTo(new[] { 106, 105, 104, 103, 102, 101 }));
    }

    [Test]
    public async Task SearchConversionsAsync_Affiliate_OnlyTheirs()
    {
        await SeedMixAsync();

        Assert.That(await OrderIdsAsync(new ConversionFilter { AffiliateId = AliceId }), Is.EqualTo(new[] { 105, 102, 101 }));
        Assert.That(await OrderIdsAsync(new ConversionFilter { AffiliateId = 999 }), Is.Empty);
    }

    [TestCase("ALICE10")]
    [TestCase(" alice10 ")]
    public async Task SearchConversionsAsync_CouponCode_MatchesNormalizedCode(string code)
    {
        await SeedMixAsync();

        Assert.That(await OrderIdsAsync(new ConversionFilter { CouponCode = code }), Is.EqualTo(new[] { 105, 101 }));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public async Task SearchConversionsAsync_BlankCouponCode_NoFilter(string code)
    {
        await SeedMixAsync();

        Assert.That(await OrderIdsAsync(new ConversionFilter { CouponCode = code }), Has.Length.EqualTo(6));
    }

    [TestCase(AttributionSource.Coupon, new[] { 105, 103, 101 })]
    [TestCase(AttributionSource.Link, new[] { 106, 102 })]
    [TestCase(AttributionSource.Lifetime, new[] { 104 })]
    public async Task SearchConversionsAsync_Source_OnlyThatSource(AttributionSource source, int[] expected)
    {
        await SeedMixAsync();

        Assert.That(await OrderIdsAsync(new ConversionFilter { Source = source }), Is.EqualTo(expected));
    }

    [TestCase(CommissionStatus.Pending, new[] { 106, 101 })]
    [TestCase(CommissionStatus.Approved, new[] { 105, 102 })]
    [TestCase(CommissionStatus.Paid, new[] { 103 })]
    [TestCase(CommissionStatus.Reversed, new[] { 104 })]
    public async Task SearchConversionsAsync_Status_OnlyThatStatus(CommissionStatus status, int[] expected)
    {
        await SeedMixAsync();

        Assert.That(await OrderIdsAsync(new ConversionFilter { Status = status }), Is.EqualTo(expected));
    }

    [Test]
    public async Task SearchConversionsAsync_DateRange_DaysIncludedBothEnds()
    {
        await SeedMixAsync();
        await Database.CreateRepository<AffiliateCommission>().InsertAsync(Commission(107, AliceId, March1.AddDays(4).AddHours(23).AddMinutes(59)));

        var filter = new ConversionFilter { Dates = ReportDateRange.FromDays(March1.AddDays(1), March1.AddDays(4)) };

        Assert.That(await OrderIdsAsync(filter), Is.EqualTo(new[] { 107, 105, 104, 103, 102 }));
    }

    [Test]
    public async Task SearchConversionsAsync_AllFiltersTogether_Intersection()
    {
        await SeedMixAsync();

        var filter = new ConversionFilter
        {
            AffiliateId = AliceId,
            CouponCode = "alice10",
            Source = AttributionSource.Coupon,
            Status = CommissionStatus.Approved,
            Dates = ReportDateRange.FromDays(March1, March1.AddDays(10))
        };

        Assert.That(await OrderIdsAsync(filter), Is.EqualTo(new[] { 105 }));
    }

    [Test]
    public async Task SearchConversionsAsync_Pages_NoRowTwiceOrMissingWithEqualTimes()
    {
        // Same instant for all: the id decides the order, so paging is stable.
        var rows = Enumerable.Range(1, 7).Select(i => Commission(200 + i, AliceId, March1)).ToList();
        await Database.CreateRepository<AffiliateCommission>().InsertAsync(rows);
        var service = CreateService();

        var seen = new List<int>();
        for (var pageIndex = 0; pageIndex < 3; pageIndex++)
        {
            var page = await service.SearchConversionsAsync(new ConversionFilter(), pageIndex, 3);
            Assert.That(page.TotalCount, Is.EqualTo(7));
            Assert.That(page.PageSize, Is.EqualTo(3));
            seen.AddRange(page.Select(commission => commission.OrderId));
        }

        Assert.That(seen, Is.EqualTo(new[] { 207, 206, 205, 204, 203, 202, 201 }));
    }

    [TestCase(-5, 3, 0, 3)]
    [TestCase(0, 0, 0, 15)]
    [TestCase(0, -10, 0, 15)]
    [TestCase(0, 1_000_000, 0, 100)]
    [TestCase(int.MaxValue, int.MaxValue, 99, 100)]
    public async Task SearchConversionsAsync_BadPaging_Clamped(int pageIndex, int pageSize, int expectedIndex, int expectedSize)
    {
        await SeedMixAsync();

        var page = await CreateService().SearchConversionsAsync(new ConversionFilter(), pageIndex, pageSize);

        Assert.That(page.PageIndex, Is.EqualTo(expectedIndex));
        Assert.That(page.PageSize, Is.EqualTo(expectedSize));
        Assert.That(page.TotalCount, Is.EqualTo(6));
    }

    [Test]
    public async Task SearchConversionsAsync_MoreThanMaxRows_CountCappedAndLastPageReachable()
    {
        var rows = Enumerable.Range(1, ReportPage.MaxRows + 5)
            .Select(i => Commission(i, AliceId, March1.AddSeconds(i))).ToList();
        await Database.CreateRepository<AffiliateCommission>().InsertAsync(rows);

        var first = await CreateService().SearchConversionsAsync(new ConversionFilter(), 0, 100);
        var last = await CreateService().SearchConversionsAsync(new ConversionFilter(), 99, 100);

        Assert.That(first.TotalCount, Is.EqualTo(ReportPage.MaxRows));
        Assert.That(ReportPage.IsCapped(first.TotalCount), Is.True);
        Assert.That(first[0].OrderId, Is.EqualTo(ReportPage.MaxRows + 5));
        Assert.That(last, Has.Count.EqualTo(100));
        Assert.That(last[^1].OrderId, Is.EqualTo(6), "the 10,000th newest row");
    }

    [Test]
    public async Task WriteCsvAsync_Filter_HeaderThenMatchingRowsNewestFirst()
    {
        await SeedMixAsync();
        await Database.CreateRepository<AffiliateLink>().InsertAsync(new AffiliateLink { AffiliateId = AliceId, Slug = "spring", DestinationUrl = "/", Active = true, CreatedOnUtc = March1 });
        var linkId = Database.CreateRepository<AffiliateLink>().Table.Single().Id;
        await Database.CreateRepository<AffiliateCommission>().InsertAsync(Commission(110, AliceId, March1.AddDays(5), linkId: linkId, amount: 2.5m));

        var lines = await WriteCsvLinesAsync(new ConversionFilter { AffiliateId = AliceId });

        Assert.That(lines[0], Is.EqualTo("OrderId,DateUtc,AffiliateId,Affiliate,Source,CouponCode,LinkId,Link,Status,BaseAmount,Commission,OrderCurrency,OrderCurrencyRate"));
        Assert.That(lines.Skip(1).ToArray(), Is.EqualTo(new[]
        {
            $"110,2026-03-06 00:00:00,1,Alice Adams,Link,,{linkId},spring,Pending,25.00,2.50,USD,1",
            "105,2026-03-05 00:00:00,1,Alice Adams,Coupon,ALICE10,,,Approved,10.00,1.00,USD,1",
            "102,2026-03-02 00:00:00,1,Alice Adams,Link,,7,,Approved,10.00,1.00,USD,1",
            "101,2026-03-01 00:00:00,1,Alice Adams,Coupon,ALICE10,,,Pending,10.00,1.00,USD,1"
        }));
    }

    [Test]
    public async Task WriteCsvAsync_CommasQuotesAndFormulas_QuotedAndGuarded()
    {
        await Database.CreateRepository<AffiliateCommission>().InsertAsync(new List<AffiliateCommission>
        {
            Commission(301, BobId, March1, AttributionSource.Coupon, couponCode: "A,\"B\""),
            Commission(302, MalloryId, March1.AddDays(1), AttributionSource.Coupon, couponCode: "+CMD"),
            Commission(303, MalloryId, March1.AddDays(2), AttributionSource.Coupon, couponCode: "@SUM"),
            Commission(304, MalloryId, March1.AddDays(3), AttributionSource.Coupon, couponCode: "-2+3", amount: -1.5m)
        });

        var lines = await WriteCsvLinesAsync(new ConversionFilter());

        Assert.That(lines.Skip(1).ToArray(), Is.EqualTo(new[]
        {
            "304,2026-03-04 00:00:00,3,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",Coupon,'-2+3,,,Pending,-15.00,-1.50,USD,1",
            "303,2026-03-03 00:00:00,3,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",Coupon,'@SUM,,,Pending,10.00,1.00,USD,1",
            "302,2026-03-02 00:00:00,3,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",Coupon,'+CMD,,,Pending,10.00,1.00,USD,1",
            "301,2026-03-01 00:00:00,2,\"Smith, \"\"Bob\"\"\",Coupon,\"A,\"\"B\"\"\",,,Pending,10.00,1.00,USD,1"
        }));
        _affiliateService.Verify(s => s.GetAffiliateByIdAsync(MalloryId), Times.Once, "names are looked up once per affiliate");
    }

    [Test]
    public async Task WriteCsvAsync_NoMatch_HeaderOnly()
    {
        await SeedMixAsync();

        var lines = await WriteCsvLinesAsync(new ConversionFilter { CouponCode = "NOPE" });

        Assert.That(lines, Has.Length.EqualTo(1));
    }

    [Test]
    public async Task WriteCsvAsync_MoreRowsThanGridCap_EveryRow()
    {
        var rows = Enumerable.Range(1, ReportPage.MaxRows + 1).Select(i => Commission(i, AliceId, March1.AddSeconds(i))).ToList();
        await Database.CreateRepository<AffiliateCommission>().InsertAsync(rows);

        var lines = await WriteCsvLinesAsync(new ConversionFilter());

        Assert.That(lines, Has.Length.EqualTo(ReportPage.MaxRows + 2));
        Assert.That(lines[^1], Does.StartWith("1,"));
    }

    [Test]
    public async Task WriteCsvAsync_SameInstantAcrossBatches_EveryRowOnce()
    {
        var rows = Enumerable.Range(1, 2_345).Select(i => Commission(i, AliceId, March1)).ToList();
        await Database.CreateRepository<AffiliateCommission>().InsertAsync(rows);

        var lines = await WriteCsvLinesAsync(new ConversionFilter());
        var orderIds = lines.Skip(1).Select(line => int.Parse(line.Split(',')[0])).ToList();

        Assert.That(orderIds, Is.EqualTo(Enumerable.Range(1, 2_345).Reverse()));
    }

    private async Task<string[]> WriteCsvLinesAsync(ConversionFilter filter)
    {
        await using var writer = new StringWriter { NewLine = "\r\n" };
        await CreateService().WriteCsvAsync(filter, writer);
        var text = writer.ToString();
        Assert.That(text, Does.EndWith("\r\n"));
        return text[..^2].Split("\r\n");
    }
}
