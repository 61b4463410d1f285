using Moq;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Commissions;
using Nop.Plugin.Affiliates.Tracking.Services.Postbacks;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using Nop.Services.Logging;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Postbacks;

[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class AffiliatePostbackServiceTests : DatabaseFixture
{
    private const string GlobalTemplate = "https://network.example/pb?tx={order_id}&amount={commission}&status={status}&cur={currency}&c={coupon_code}&k={click_id}&a={affiliate_id}&id={commission_id}";
    private static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private AffiliateTrackingSettings _settings;
    private Mock<ILogger> _logger;
    private ManualTimeProvider _clock;

    public AffiliatePostbackServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    [SetUp]
    public async Task SetUpAsync()
    {
        await Database.ClearAllTablesAsync();
        _settings = new AffiliateTrackingSettings { PostbacksEnabled = true, PostbackUrlTemplate = GlobalTemplate, PostbackSigningSecret = PostbackSignature.NewSecret() };
        _logger = new Mock<ILogger>();
        _clock = new ManualTimeProvider(Now);
    }

    private AffiliatePostbackService CreateService() =>
        new(_settings, _logger.Object, Database.CreateRepository<AffiliatePostback>(), Database.CreateRepository<AffiliatePostbackTemplate>(), _clock);

    private static CommissionChangedEvent Change(int commissionId = 5, string status = "pending", decimal commission = 12.5m, int affiliateId = 3) =>
        new(commissionId, orderId: 1042, affiliateId, status, orderTotal: 125m, commission, "USD", "ALICE10", clickId: 77, Now.AddMinutes(-1));

    private Task<List<AffiliatePostback>> AllPostbacksAsync() => Database.CreateRepository<AffiliatePostback>().Table.OrderBy(p => p.Id).ToListAsync();

    [Test]
    public async Task EnqueueAsync_Enabled_InsertsPendingRowWithRenderedUrlDueNow()
    {
        var queued = await CreateService().EnqueueAsync(Change());

        var rows = await AllPostbacksAsync();
        Assert.That(rows, Has.Count.EqualTo(1));
        var row = rows[0];
        Assert.Multiple(() =>
        {
            Assert.That(queued.Id, Is.EqualTo(row.Id));
            Assert.That(row.Url, Is.EqualTo("https://network.example/pb?tx=1042&amount=12.50&status=pending&cur=USD&c=ALICE10&k=77&a=3&id=5"));
            Assert.That(row.Status, Is.EqualTo(PostbackStatus.Pending));
            Assert.That(row.CommissionId, Is.EqualTo(5));
            Assert.That(row.AffiliateId, Is.EqualTo(3));
            Assert.That(row.EventKey, Is.EqualTo("5:pending:12.5000"));
            Assert.That(row.Attempts, Is.Zero);
            Assert.That(row.NextAttemptOnUtc, Is.EqualTo(Now));
            Assert.That(row.CreatedOnUtc, Is.EqualTo(Now));
            Assert.That(row.DeliveredOnUtc, Is.Null);
        });
    }

    [Test]
    public async Task EnqueueAsync_SameChangeTwice_InsertsOnce()
    {
        var first = await CreateService().EnqueueAsync(Change());
        var second = await CreateService().EnqueueAsync(Change());

        Assert.That(first, Is.Not.Null);
        Assert.That(second, Is.Null);
        Assert.That(await AllPostbacksAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task EnqueueAsync_SameChangeOnParallelScopes_InsertsOnce()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => CreateService().EnqueueAsync(Change()))));

        Assert.That(results.Count(result => result is not null), Is.EqualTo(1));
        Assert.That(await AllPostbacksAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task EnqueueAsync_NewStatusOrAmount_InsertsAnotherPostback()
    {
        await CreateService().EnqueueAsync(Change(status: "pending"));
        await CreateService().EnqueueAsync(Change(status: "approved"));
        await CreateService().EnqueueAsync(Change(status: "adjusted", commission: 8m));

        Assert.That((await AllPostbacksAsync()).Select(p => p.EventKey), Is.EqualTo(new[] { "5:pending:12.5000", "5:approved:12.5000", "5:adjusted:8.0000" }));
    }

    [Test]
    public async Task EnqueueAsync_PostbacksDisabled_InsertsNothing()
    {
        _settings.PostbacksEnabled = false;

        Assert.That(await CreateService().EnqueueAsync(Change()), Is.Null);
        Assert.That(await AllPostbacksAsync(), Is.Empty);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public async Task EnqueueAsync_NoTemplateAnywhere_InsertsNothing(string template)
    {
        _settings.PostbackUrlTemplate = template;

        Assert.That(await CreateService().EnqueueAsync(Change()), Is.Null);
        Assert.That(await AllPostbacksAsync(), Is.Empty);
        _logger.Verify(l => l.WarningAsync(It.IsAny<string>(), It.IsAny<Exception>(), null), Times.Never);
    }

    [TestCase("https://network.example/pb?tx={order}")]
    [TestCase("https://network.example/pb?tx={order_id")]
    [TestCase("https://{affiliate_id}.example/pb")]
    [TestCase("http://network.example/pb?tx={order_id}")]
    public async Task EnqueueAsync_InvalidOrHttpTemplate_LogsWarningAndInsertsNothing(string template)
    {
        _settings.PostbackUrlTemplate = template;

        Assert.That(await CreateService().EnqueueAsync(Change()), Is.Null);
        Assert.That(await AllPostbacksAsync(), Is.Empty);
        _logger.Verify(l => l.WarningAsync(It.Is<string>(m => m.Contains("commission 5") && m.Contains("invalid")), null, null), Times.Once);
    }

    [Test]
    public async Task EnqueueAsync_HttpTemplateAllowed_InsertsIt()
    {
        _settings.PostbackUrlTemplate = "http://network.example/pb?tx={order_id}";
        _settings.PostbackAllowHttp = true;

        Assert.That((await CreateService().EnqueueAsync(Change())).Url, Is.EqualTo("http://network.example/pb?tx=1042"));
    }

    [Test]
    public async Task EnqueueAsync_AffiliateHasOwnTemplate_ReplacesTheGlobalOne()
    {
        var service = CreateService();
        await service.SaveAffiliateTemplateAsync(3, "https://alice-network.example/cb/{order_id}?s={status}");

        await service.EnqueueAsync(Change(affiliateId: 3));
        await service.EnqueueAsync(Change(commissionId: 6, affiliateId: 4));

        Assert.That((await AllPostbacksAsync()).Select(p => p.Url), Is.EqualTo(new[]
        {
            "https://alice-network.example/cb/1042?s=pending",
            "https://network.example/pb?tx=1042&amount=12.50&status=pending&cur=USD&c=ALICE10&k=77&a=4&id=6"
        }));
    }

    [Test]
    public async Task EnqueueAsync_AffiliateTemplateOnlyAndNoGlobal_SendsOnlyForThatAffiliate()
    {
        _settings.PostbackUrlTemplate = null;
        await CreateService().SaveAffiliateTemplateAsync(3, "https://alice-network.example/cb/{order_id}");

        Assert.That(await CreateService().EnqueueAsync(Change(affiliateId: 3)), Is.Not.Null);
        Assert.That(await CreateService().EnqueueAsync(Change(commissionId: 6, affiliateId: 4)), Is.Null);
    }

    [Test]
    public async Task EnqueueAsync_UnknownCommissionId_InsertsNothing()
    {
        Assert.That(await CreateService().EnqueueAsync(Change(commissionId: 0)), Is.Null);
        Assert.That(await AllPostbacksAsync(), Is.Empty);
    }

    [Test]
    public void EnqueueAsync_NoEvent_Throws()
    {
        Assert.That(() => CreateService().EnqueueAsync(null), Throws.ArgumentNullException);
    }

    [Test]
    public async Task SaveAffiliateTemplateAsync_Invalid_ReturnsErrorAndStoresNothing()
    {
        var result = await CreateService().SaveAffiliateTemplateAsync(3, "https://network.example/{nope}");

        Assert.That(result.Error, Is.EqualTo(PostbackTemplateError.UnknownToken));
        Assert.That(await CreateService().GetAffiliateTemplateAsync(3), Is.Null);
    }

    [Test]
    public async Task SaveAffiliateTemplateAsync_SavedTwice_UpdatesTheOneRow()
    {
        await CreateService().SaveAffiliateTemplateAsync(3, "https://a.example/{order_id}");
        _clock.Advance(TimeSpan.FromHours(1));
        await CreateService().SaveAffiliateTemplateAsync(3, " https://b.example/{order_id} ");

        var rows = await Database.CreateRepository<AffiliatePostbackTemplate>().Table.ToListAsync();
        Assert.That(rows, Has.Count.EqualTo(1));
        Assert.That(rows[0].UrlTemplate, Is.EqualTo("https://b.example/{order_id}"));
        Assert.That(rows[0].UpdatedOnUtc, Is.EqualTo(Now.AddHours(1)));
    }

    [Test]
    public async Task SaveAffiliateTemplateAsync_Empty_RemovesTheAffiliatesTemplate()
    {
        await CreateService().SaveAffiliateTemplateAsync(3, "https://a.example/{order_id}");

        var result = await CreateService().SaveAffiliateTemplateAsync(3, "");

        Assert.That(result.IsValid, Is.True);
        Assert.That(await CreateService().GetAffiliateTemplateAsync(3), Is.Null);
    }

    [Test]
    public async Task SaveAffiliateTemplateAsync_HttpNotAllowed_IsRefused()
    {
        var result = await CreateService().SaveAffiliateTemplateAsync(3, "http://a.example/{order_id}");

        Assert.That(result.Error, Is.EqualTo(PostbackTemplateError.HttpNotAllowed));
    }
}
