using System.Net;
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

/// <summary>
/// The outbox against a real receiver on 127.0.0.1, on both databases: tokens and signature as received, retries with
/// backoff on the manual clock, exactly-once delivery, http refused unless allowed, several nodes at once.
/// </summary>
[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class PostbackDeliveryServiceTests : DatabaseFixture
{
    private static readonly DateTime Start = new(2026, 4, 1, 9, 0, 0, DateTimeKind.Utc);

    private PostbackReceiver _receiver;
    private AffiliateTrackingSettings _settings;
    private ManualTimeProvider _clock;
    private TestHttpClientFactory _httpClientFactory;

    public PostbackDeliveryServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    [OneTimeSetUp]
    public async Task StartReceiverAsync() => _receiver = await PostbackReceiver.StartAsync();

    [OneTimeTearDown]
    public async Task StopReceiverAsync()
    {
        if (_receiver != null)
            await _receiver.DisposeAsync();
    }

    [SetUp]
    public async Task SetUpAsync()
    {
        await Database.ClearAllTablesAsync();
        _receiver.Clear();
        // The receiver listens on http (no certificate in tests), so the owner "allowed http" unless a test says otherwise.
        _settings = new AffiliateTrackingSettings
        {
            PostbacksEnabled = true,
            PostbackAllowHttp = true,
            PostbackSigningSecret = PostbackSignature.NewSecret(),
            PostbackUrlTemplate = _receiver.BaseAddress + "pb/{affiliate_id}?tx={order_id}&total={order_total}&amount={commission}&cur={currency}&coupon={coupon_code}&click={click_id}&status={status}&cid={commission_id}&ev={event_id}"
        };
        // Every time the plugin uses, signature timestamps included, comes from this clock; the receiver checks against it too.
        _clock = new ManualTimeProvider(Start);
        _httpClientFactory = new TestHttpClientFactory(TimeSpan.FromSeconds(1));
    }

    private PostbackDeliveryService CreateDelivery() =>
        new(_settings, _httpClientFactory, Database.CreateRepository<AffiliatePostbackClaim>(), Database.CreateRepository<AffiliatePostback>(), _clock);

    private async Task<AffiliatePostback> EnqueueAsync(int commissionId = 5, string status = "approved", string couponCode = "ALICE 10%")
    {
        var service = new AffiliatePostbackService(_settings, Mock.Of<ILogger>(), Database.CreateRepository<AffiliatePostback>(),
            Database.CreateRepository<AffiliatePostbackTemplate>(), _clock);
        return await service.EnqueueAsync(new CommissionChangedEvent(commissionId, orderId: 1042, affiliateId: 3, status, orderTotal: 1234.5m,
            commission: 12.345m, "EUR", couponCode, clickId: 77, Start));
    }

    private Task<AffiliatePostback> ReloadAsync(int id) => Database.CreateRepository<AffiliatePostback>().GetByIdAsync(id);

    [Test]
    public async Task DeliverDueAsync_ReceiverAccepts_SendsEveryTokenWithAValidSignatureAndMarksDelivered()
    {
        var queued = await EnqueueAsync();

        var report = await CreateDelivery().DeliverDueAsync();

        Assert.That(report, Is.EqualTo(new PostbackDeliveryReport(1, 0, 0, 0)));
        var received = _receiver.Received.Single();
        Assert.Multiple(() =>
        {
            Assert.That(received.Method, Is.EqualTo("GET"));
            Assert.That(received.Path, Is.EqualTo("/pb/3"));
            Assert.That(received.Query["tx"], Is.EqualTo("1042"));
            Assert.That(received.Query["total"], Is.EqualTo("1234.50"));
            Assert.That(received.Query["amount"], Is.EqualTo("12.35"));
            Assert.That(received.Query["cur"], Is.EqualTo("EUR"));
            Assert.That(received.Query["coupon"], Is.EqualTo("ALICE 10%"));
            Assert.That(received.Query["click"], Is.EqualTo("77"));
            Assert.That(received.Query["status"], Is.EqualTo("approved"));
            Assert.That(received.Query["cid"], Is.EqualTo("5"));
            Assert.That(received.Query["ev"], Is.EqualTo("5:approved:12.3450"));
            Assert.That(received.Headers[PostbackSignature.EventIdHeaderName], Is.EqualTo("5:approved:12.3450"));
            Assert.That(PostbackSignature.Verify(_settings.PostbackSigningSecret, received.Headers[PostbackSignature.HeaderName], received.Method,
                received.Url, _clock.GetUtcNow(), TimeSpan.FromMinutes(5)), Is.True, "the receiver can verify the signature over the URL it got");
            Assert.That(PostbackSignature.Verify("another-secret-0123456789abcdef", received.Headers[PostbackSignature.HeaderName], received.Method,
                received.Url, _clock.GetUtcNow(), TimeSpan.FromMinutes(5)), Is.False);
            Assert.That(_httpClientFactory.RequestedNames, Is.All.EqualTo(AffiliateTrackingDefaults.PostbackHttpClientName));
        });

        var row = await ReloadAsync(queued.Id);
        Assert.Multiple(() =>
        {
            Assert.That(row.Status, Is.EqualTo(PostbackStatus.Delivered));
            Assert.That(row.DeliveredOnUtc, Is.EqualTo(Start));
            Assert.That(row.Attempts, Is.EqualTo(1));
            Assert.That(row.LastStatusCode, Is.EqualTo(200));
            Assert.That(row.LastError, Is.Null);
        });
    }

    [Test]
    public async Task DeliverDueAsync_AlreadyDelivered_SendsNothingAgain()
    {
        await EnqueueAsync();
        await CreateDelivery().DeliverDueAsync();
        _clock.Advance(TimeSpan.FromDays(2));

        var report = await CreateDelivery().DeliverDueAsync();

        Assert.That(report, Is.EqualTo(PostbackDeliveryReport.Empty));
        Assert.That(_receiver.Received, Has.Count.EqualTo(1));
    }

    [TestCase(HttpStatusCode.InternalServerError)]
    [TestCase(HttpStatusCode.ServiceUnavailable)]
    [TestCase(HttpStatusCode.NotFound)]
    [TestCase(HttpStatusCode.Found)]
    public async Task DeliverDueAsync_ReceiverFails_RetriesAfterBackoffAndDeliversOnce(HttpStatusCode failure)
    {
        var queued = await EnqueueAsync();
        _receiver.RespondNext(failure);

        var first = await CreateDelivery().DeliverDueAsync();
        var failed = await ReloadAsync(queued.Id);
        var tooEarly = await CreateDelivery().DeliverDueAsync();
        _clock.Advance(TimeSpan.FromSeconds(59));
        var stillTooEarly = await CreateDelivery().DeliverDueAsync();
        _clock.Advance(TimeSpan.FromSeconds(1));
        var retried = await CreateDelivery().DeliverDueAsync();
        _clock.Advance(TimeSpan.FromHours(12));
        var afterwards = await CreateDelivery().DeliverDueAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(new PostbackDeliveryReport(0, 1, 0, 0)));
            Assert.That(failed.Status, Is.EqualTo(PostbackStatus.Pending));
            Assert.That(failed.Attempts, Is.EqualTo(1));
            Assert.That(failed.LastStatusCode, Is.EqualTo((int)failure));
            Assert.That(failed.LastError, Does.StartWith($"HTTP {(int)failure}"));
            Assert.That(failed.NextAttemptOnUtc, Is.EqualTo(Start.AddMinutes(1)));
            Assert.That(tooEarly, Is.EqualTo(PostbackDeliveryReport.Empty));
            Assert.That(stillTooEarly, Is.EqualTo(PostbackDeliveryReport.Empty));
            Assert.That(retried, Is.EqualTo(new PostbackDeliveryReport(1, 0, 0, 0)));
            Assert.That(afterwards, Is.EqualTo(PostbackDeliveryReport.Empty));
            Assert.That(_receiver.Received.Select(r => r.AnsweredStatusCode), Is.EqualTo(new[] { (int)failure, 200 }));
        });
        var delivered = await ReloadAsync(queued.Id);
        Assert.That(delivered.Status, Is.EqualTo(PostbackStatus.Delivered));
        Assert.That(delivered.Attempts, Is.EqualTo(2));
        Assert.That(delivered.DeliveredOnUtc, Is.EqualTo(Start.AddMinutes(1)));
    }

    [Test]
    public async Task DeliverDueAsync_ReceiverTimesOut_RetriesLaterAndDeliversOnce()
    {
        var queued = await EnqueueAsync();
        _receiver.StallNext(TimeSpan.FromSeconds(5));

        var first = await CreateDelivery().DeliverDueAsync();
        var failed = await ReloadAsync(queued.Id);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var retried = await CreateDelivery().DeliverDueAsync();

        Assert.That(first, Is.EqualTo(new PostbackDeliveryReport(0, 1, 0, 0)));
        Assert.That(failed.LastError, Is.EqualTo("The receiver did not answer in time."));
        Assert.That(failed.LastStatusCode, Is.Null);
        Assert.That(retried, Is.EqualTo(new PostbackDeliveryReport(1, 0, 0, 0)));
        Assert.That((await ReloadAsync(queued.Id)).Status, Is.EqualTo(PostbackStatus.Delivered));
    }

    [Test]
    public async Task DeliverDueAsync_NobodyListens_RecordsTheErrorAndRetries()
    {
        _settings.PostbackUrlTemplate = "http://127.0.0.1:9/pb?tx={order_id}";
        var queued = await EnqueueAsync();

        var report = await CreateDelivery().DeliverDueAsync();

        var row = await ReloadAsync(queued.Id);
        Assert.That(report, Is.EqualTo(new PostbackDeliveryReport(0, 1, 0, 0)));
        Assert.That(row.Status, Is.EqualTo(PostbackStatus.Pending));
        Assert.That(row.LastError, Is.Not.Empty);
        Assert.That(row.NextAttemptOnUtc, Is.EqualTo(Start.AddMinutes(1)));
    }

    [Test]
    public async Task DeliverDueAsync_EveryAttemptFails_AbandonsAfterTheLastAndKeepsTheRow()
    {
        var queued = await EnqueueAsync();
        for (var attempt = 0; attempt < PostbackRetrySchedule.MaxAttempts + 2; attempt++)
            _receiver.RespondNext(HttpStatusCode.InternalServerError);

        var reports = new List<PostbackDeliveryReport>();
        for (var run = 0; run < PostbackRetrySchedule.MaxAttempts + 2; run++)
        {
            reports.Add(await CreateDelivery().DeliverDueAsync());
            _clock.Advance(PostbackRetrySchedule.MaxDelay);
        }

        var row = await ReloadAsync(queued.Id);
        Assert.That(_receiver.Received, Has.Count.EqualTo(PostbackRetrySchedule.MaxAttempts));
        Assert.That(reports.Sum(r => r.Failed), Is.EqualTo(PostbackRetrySchedule.MaxAttempts - 1));
        Assert.That(reports.Sum(r => r.Abandoned), Is.EqualTo(1));
        Assert.That(row.Status, Is.EqualTo(PostbackStatus.Abandoned));
        Assert.That(row.Attempts, Is.EqualTo(PostbackRetrySchedule.MaxAttempts));
        Assert.That(row.LastStatusCode, Is.EqualTo(500));
    }

    [Test]
    public async Task DeliverDueAsync_HttpUrlWhenHttpNotAllowed_SendsNothingAndAbandons()
    {
        var queued = await EnqueueAsync();
        _settings.PostbackAllowHttp = false;

        var report = await CreateDelivery().DeliverDueAsync();

        var row = await ReloadAsync(queued.Id);
        Assert.That(report, Is.EqualTo(new PostbackDeliveryReport(0, 0, 1, 0)));
        Assert.That(_receiver.Received, Is.Empty);
        Assert.That(row.Status, Is.EqualTo(PostbackStatus.Abandoned));
        Assert.That(row.LastError, Does.Contain(nameof(PostbackTemplateError.HttpNotAllowed)));
    }

    [Test]
    public async Task EnqueueAndDeliver_HttpTemplateWhenHttpNotAllowed_NeverReachesTheReceiver()
    {
        _settings.PostbackAllowHttp = false;

        var queued = await EnqueueAsync();
        var report = await CreateDelivery().DeliverDueAsync();

        Assert.That(queued, Is.Null);
        Assert.That(report, Is.EqualTo(PostbackDeliveryReport.Empty));
        Assert.That(_receiver.Received, Is.Empty);
    }

    [Test]
    public async Task DeliverDueAsync_PostbacksDisabled_SendsNothing()
    {
        await EnqueueAsync();
        _settings.PostbacksEnabled = false;

        Assert.That(await CreateDelivery().DeliverDueAsync(), Is.EqualTo(PostbackDeliveryReport.Empty));
        Assert.That(_receiver.Received, Is.Empty);
    }

    [Test]
    public async Task DeliverDueAsync_NoSigningSecret_SendsNothingUnsignedAndRetries()
    {
        var queued = await EnqueueAsync();
        _settings.PostbackSigningSecret = null;

        var report = await CreateDelivery().DeliverDueAsync();

        Assert.That(report, Is.EqualTo(new PostbackDeliveryReport(0, 1, 0, 0)));
        Assert.That(_receiver.Received, Is.Empty);
        Assert.That((await ReloadAsync(queued.Id)).LastError, Does.Contain("secret"));
    }

    [Test]
    public async Task DeliverDueAsync_ClaimHeldByAnotherNode_LeavesThePostbackAlone()
    {
        var queued = await EnqueueAsync();
        await Database.CreateRepository<AffiliatePostbackClaim>().InsertAsync(new AffiliatePostbackClaim
        {
            PostbackId = queued.Id, Owner = "other-node", ExpiresOnUtc = Start.AddSeconds(30)
        });

        var report = await CreateDelivery().DeliverDueAsync();

        Assert.That(report, Is.EqualTo(new PostbackDeliveryReport(0, 0, 0, 1)));
        Assert.That(_receiver.Received, Is.Empty);
        Assert.That(await Database.CreateRepository<AffiliatePostbackClaim>().Table.Select(c => c.Owner).ToListAsync(), Is.EqualTo(new[] { "other-node" }));
    }

    [Test]
    public async Task DeliverDueAsync_ClaimOfADeadNodeExpired_TakesItOverAndReleasesIt()
    {
        var queued = await EnqueueAsync();
        await Database.CreateRepository<AffiliatePostbackClaim>().InsertAsync(new AffiliatePostbackClaim
        {
            PostbackId = queued.Id, Owner = "dead-node", ExpiresOnUtc = Start.AddSeconds(-1)
        });

        var report = await CreateDelivery().DeliverDueAsync();

        Assert.That(report, Is.EqualTo(new PostbackDeliveryReport(1, 0, 0, 0)));
        Assert.That(_receiver.Received, Has.Count.EqualTo(1));
        Assert.That(await Database.CreateRepository<AffiliatePostbackClaim>().Table.AnyAsync(), Is.False);
    }

    [Test]
    public async Task DeliverDueAsync_EightNodesAtOnce_SendEveryPostbackExactlyOnce()
    {
        // Nodes scanning the same due rows race for each claim, including the moment another node releases one.
        // A generous timeout: on a loaded machine a slow answer would count as a failure (sent, retried later), which is
        // at-least-once delivery working as designed but not what this test is about.
        _httpClientFactory = new TestHttpClientFactory(TimeSpan.FromSeconds(30));
        for (var commissionId = 1; commissionId <= 30; commissionId++)
            await EnqueueAsync(commissionId);
        _receiver.Latency = TimeSpan.FromMilliseconds(5);

        var reports = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => CreateDelivery().DeliverDueAsync())));

        var eventIds = _receiver.Received.Select(r => r.Headers[PostbackSignature.EventIdHeaderName]).ToList();
        Assert.That(eventIds, Has.Count.EqualTo(30));
        Assert.That(eventIds, Is.Unique);
        Assert.That(reports.Sum(r => r.Delivered), Is.EqualTo(30));
        var rows = await Database.CreateRepository<AffiliatePostback>().Table.ToListAsync();
        Assert.That(rows.Select(r => r.Status), Is.All.EqualTo(PostbackStatus.Delivered));
        Assert.That(rows.Select(r => r.Attempts), Is.All.EqualTo(1));
        Assert.That(await Database.CreateRepository<AffiliatePostbackClaim>().Table.AnyAsync(), Is.False);
    }

    [Test]
    public async Task DeliverDueAsync_ManyDue_SendsOneBatchPerRunOldestFirst()
    {
        for (var commissionId = 1; commissionId <= AffiliateTrackingDefaults.PostbackBatchSize + 3; commissionId++)
        {
            await EnqueueAsync(commissionId);
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        var first = await CreateDelivery().DeliverDueAsync();
        var second = await CreateDelivery().DeliverDueAsync();

        Assert.That(first.Delivered, Is.EqualTo(AffiliateTrackingDefaults.PostbackBatchSize));
        Assert.That(second.Delivered, Is.EqualTo(3));
        Assert.That(_receiver.Received.First().Query["cid"], Is.EqualTo("1"));
    }
}
