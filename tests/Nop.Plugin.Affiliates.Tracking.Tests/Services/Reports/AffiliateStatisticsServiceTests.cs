using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Reports;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Reports;

[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class AffiliateStatisticsServiceTests : DatabaseFixture
{
    private const int AliceId = 1;
    private const int BobId = 2;

    // 1 to 3 March 2026.
    private static readonly StatisticsPeriod Period = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 3));
    private static readonly DateTime March1 = Period.StartUtc;

    public AffiliateStatisticsServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    [SetUp]
    public async Task SetUpAsync()
    {
        await Database.ClearAllTablesAsync();
    }

    // Today decides which days come from the daily click roll-up (closed days) and which from the clicks (today and
    // yesterday): on 2 March no day of the period is closed, on 3 March only 1 March, on 1 April all three.
    private const string AllOpen = "2026-03-02";
    private const string MostlyOpen = "2026-03-03";
    private const string AllClosed = "2026-04-01";

    private AffiliateStatisticsService CreateService(string today = AllClosed)
    {
        var clicks = Database.CreateRepository<AffiliateClick>();
        var clickDays = Database.CreateRepository<AffiliateClickDay>();
        var clock = new ManualTimeProvider(DateTime.SpecifyKind(DateTime.Parse(today, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc).AddHours(12));
        return new(new ClickRollupService(clicks, clickDays), clicks, clickDays, Database.CreateRepository<AffiliateCommission>(), clock);
    }

    private async Task SeedAsync()
    {
        var clicks = new List<AffiliateClick>
        {
            Click(AliceId, March1.AddMinutes(-1)),                 // day before: out
            Click(AliceId, March1),                                // first instant: in
            Click(AliceId, March1.AddHours(10)),
            Click(AliceId, March1.AddDays(1).AddHours(5)),
            Click(AliceId, March1.AddDays(2).AddHours(23).AddMinutes(59)),
            Click(AliceId, Period.EndUtc),                         // first instant after: out
            Click(BobId, March1.AddHours(1))
        };
        await Database.CreateRepository<AffiliateClick>().InsertAsync(clicks);

        var commissions = new List<AffiliateCommission>
        {
            Commission(1, AliceId, March1.AddHours(11), CommissionStatus.Pending, 2.00m),
            Commission(2, AliceId, March1.AddHours(12), CommissionStatus.Approved, 3.25m),
            Commission(3, AliceId, March1.AddDays(2).AddHours(1), CommissionStatus.Paid, 10.00m),
            Commission(4, AliceId, March1.AddDays(2).AddHours(2), CommissionStatus.Reversed, 99.00m),
            Commission(5, AliceId, March1.AddDays(-1), CommissionStatus.Paid, 50.00m),      // before: out
            Commission(6, AliceId, Period.EndUtc, CommissionStatus.Pending, 50.00m),        // after: out
            Commission(7, BobId, March1.AddHours(3), CommissionStatus.Approved, 7.00m)
        };
        await Database.CreateRepository<AffiliateCommission>().InsertAsync(commissions);
    }

    private static AffiliateClick Click(int affiliateId, DateTime createdOnUtc) => new()
    {
        AffiliateId = affiliateId,
        VisitorId = Guid.NewGuid(),
        LandingUrl = "/",
        CreatedOnUtc = createdOnUtc
    };

    private static AffiliateCommission Commission(int orderId, int affiliateId, DateTime createdOnUtc, CommissionStatus status, decimal amount) => new()
    {
        OrderId = orderId,
        AffiliateId = affiliateId,
        Source = AttributionSource.Link,
        Status = status,
        BaseAmount = amount * 10,
        Amount = amount,
        CreatedOnUtc = createdOnUtc,
        UpdatedOnUtc = createdOnUtc
    };

    [TestCase(AllOpen)]
    [TestCase(MostlyOpen)]
    [TestCase(AllClosed)]
    public async Task GetAffiliateStatisticsAsync_Period_TotalsOfThatAffiliateInsideThePeriod(string today)
    {
        await SeedAsync();

        var statistics = await CreateService(today).GetAffiliateStatisticsAsync(AliceId, Period);

        Assert.Multiple(() =>
        {
            Assert.That(statistics.Period, Is.EqualTo(Period));
            Assert.That(statistics.Clicks, Is.EqualTo(4));
            Assert.That(statistics.Conversions, Is.EqualTo(3), "reversed excluded");
            Assert.That(statistics.ConversionRatePercent, Is.EqualTo(75m));
            Assert.That(statistics.PendingEarnings, Is.EqualTo(2.00m));
            Assert.That(statistics.ApprovedEarnings, Is.EqualTo(3.25m));
            Assert.That(statistics.PaidEarnings, Is.EqualTo(10.00m));
            Assert.That(statistics.TotalEarnings, Is.EqualTo(15.25m));
            Assert.That(statistics.ReversedConversions, Is.EqualTo(1));
        });
    }

    [TestCase(AllOpen)]
    [TestCase(MostlyOpen)]
    [TestCase(AllClosed)]
    public async Task GetAffiliateStatisticsAsync_Period_OneEntryPerDayWithZeros(string today)
    {
        await SeedAsync();

        var statistics = await CreateService(today).GetAffiliateStatisticsAsync(AliceId, Period);

        Assert.That(statistics.Daily, Is.EqualTo(new[]
        {
            new DailyCounts(new DateOnly(2026, 3, 1), 2, 2, 5.25m),
            new DailyCounts(new DateOnly(2026, 3, 2), 1, 0, 0m),
            new DailyCounts(new DateOnly(2026, 3, 3), 1, 1, 10.00m)
        }));
    }

    [TestCase(0)]
    [TestCase(-1)]
    public async Task GetAffiliateStatisticsAsync_NoAffiliate_AllZeroNotProgram(int affiliateId)
    {
        await SeedAsync();

        var statistics = await CreateService().GetAffiliateStatisticsAsync(affiliateId, Period);

        Assert.That(statistics.Clicks + statistics.Conversions + statistics.ReversedConversions, Is.Zero);
        Assert.That(statistics.TotalEarnings, Is.Zero);
        Assert.That(statistics.Daily, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task GetAffiliateStatisticsAsync_UnknownAffiliate_AllZero()
    {
        await SeedAsync();

        var statistics = await CreateService().GetAffiliateStatisticsAsync(999, Period);

        Assert.That(statistics.Clicks, Is.Zero);
        Assert.That(statistics.Conversions, Is.Zero);
        Assert.That(statistics.ConversionRatePercent, Is.Zero);
    }

    [TestCase(AllOpen)]
    [TestCase(MostlyOpen)]
    [TestCase(AllClosed)]
    public async Task GetProgramStatisticsAsync_Period_EveryAffiliateTogether(string today)
    {
        await SeedAsync();

        var statistics = await CreateService(today).GetProgramStatisticsAsync(Period);

        Assert.Multiple(() =>
        {
            Assert.That(statistics.Clicks, Is.EqualTo(5));
            Assert.That(statistics.Conversions, Is.EqualTo(4));
            Assert.That(statistics.ConversionRatePercent, Is.EqualTo(80m));
            Assert.That(statistics.ApprovedEarnings, Is.EqualTo(10.25m));
            Assert.That(statistics.Daily[0], Is.EqualTo(new DailyCounts(new DateOnly(2026, 3, 1), 3, 3, 12.25m)));
        });
    }

    [Test]
    public async Task GetProgramStatisticsAsync_Empty_ZerosForEveryDay()
    {
        var statistics = await CreateService().GetProgramStatisticsAsync(Period);

        Assert.That(statistics.Clicks, Is.Zero);
        Assert.That(statistics.Daily.Select(day => day.Day), Is.EqualTo(new[] { Period.From, Period.From.AddDays(1), Period.To }));
    }

    [Test]
    public async Task GetAffiliateStatisticsAsync_ClosedDays_RolledUpOnceThenReadFromTheRollup()
    {
        await SeedAsync();
        var service = CreateService(AllClosed);

        await service.GetAffiliateStatisticsAsync(AliceId, Period);
        var rowsAfterFirst = await Database.CreateRepository<AffiliateClickDay>().Table.CountAsync();
        await service.GetProgramStatisticsAsync(Period);
        var rowsAfterSecond = await Database.CreateRepository<AffiliateClickDay>().Table.CountAsync();

        // Alice on three days, Bob on one, and one program mark per day.
        Assert.That(rowsAfterFirst, Is.EqualTo(4 + 3));
        Assert.That(rowsAfterSecond, Is.EqualTo(rowsAfterFirst), "a rolled-up day is not rolled up again");
    }

    [Test]
    public async Task GetAffiliateStatisticsAsync_DayRolledUpTwice_CountedOnce()
    {
        await SeedAsync();
        var clicks = Database.CreateRepository<AffiliateClick>();
        var clickDays = Database.CreateRepository<AffiliateClickDay>();

        // Two nodes that both saw the days missing and both wrote them.
        await new ClickRollupService(clicks, clickDays).EnsureRolledUpAsync(Period.From, Period.To);
        await clickDays.InsertAsync((await clickDays.Table.ToListAsync()).Select(day => new AffiliateClickDay { AffiliateId = day.AffiliateId, Day = day.Day, Clicks = day.Clicks }).ToList());

        var alice = await CreateService(AllClosed).GetAffiliateStatisticsAsync(AliceId, Period);
        var program = await CreateService(AllClosed).GetProgramStatisticsAsync(Period);

        Assert.That(alice.Clicks, Is.EqualTo(4));
        Assert.That(program.Clicks, Is.EqualTo(5));
    }

    [Test]
    public async Task GetAffiliateStatisticsAsync_OpenDays_NotRolledUp()
    {
        await SeedAsync();

        await CreateService(MostlyOpen).GetAffiliateStatisticsAsync(AliceId, new StatisticsPeriod(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3)));

        Assert.That(await Database.CreateRepository<AffiliateClickDay>().Table.CountAsync(), Is.Zero);
    }

    [Test]
    public async Task GetProgramStatisticsAsync_ClosedDaysWithoutClicks_ZerosAndMarked()
    {
        var statistics = await CreateService(AllClosed).GetProgramStatisticsAsync(Period);
        var marks = await Database.CreateRepository<AffiliateClickDay>().Table.Where(day => day.AffiliateId == 0).ToListAsync();

        Assert.That(statistics.Clicks, Is.Zero);
        Assert.That(marks.Select(day => day.Clicks), Is.EqualTo(new[] { 0, 0, 0 }));
    }
}
