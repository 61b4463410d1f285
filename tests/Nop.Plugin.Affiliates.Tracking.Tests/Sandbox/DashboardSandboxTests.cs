using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Services.Payouts;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using static Nop.Plugin.Affiliates.Tracking.Tests.Sandbox.MembersTestSupport;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// The affiliate dashboard's statistics, commissions and payouts over HTTP: the affiliate's own numbers only, whatever
/// the query string says, and a period selector that refuses bad input with a message.
/// </summary>
[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class DashboardSandboxTests : SandboxFixture
{
    private MembersTestSupport _members;
    private ShareLinkTestSupport _links;
    private AffiliateMember _alice;
    private AffiliateMember _bob;
    private string _bobEmail;
    private SandboxOrderJson _aliceOrder;
    private string _alicePayoutReference;

    public DashboardSandboxTests(DatabaseEngine engine) : base(engine)
    {
    }

    protected override async Task OnSandboxStartedAsync()
    {
        _members = new MembersTestSupport(Server.Host);
        _links = new ShareLinkTestSupport(Server.Host);
        _alice = await _members.GetMemberByEmailAsync(SandboxDemoData.AffiliateCustomerEmail);
        var link = await _members.CreateLinkAsync(_alice.AffiliateId, "alice-dashboard", "/");

        _bobEmail = NewEmail("bob");
        using (var client = Server.CreateClient())
        {
            await RegisterAsync(client, _bobEmail, "Bob", "Member");
            await PostFormAsync(client, AccountPath, "customer/affiliate/apply", new Dictionary<string, string> { ["Application.AcceptTerms"] = "true" });
        }

        _bob = (await _members.DecideAsync(async service => await service.ApproveAsync((await _members.GetMemberByEmailAsync(_bobEmail)).Id))).Member;

        // A shopper follows alice's share link and buys ten hoodies; the order is paid, the hold period passes and
        // alice's commission goes into a payout batch.
        var cookies = new CookieContainer();
        using var shopper = Server.CreateClient(cookies);
        ShareLinkTestSupport.UseBrowserUserAgent(shopper);
        var redirect = await shopper.GetAsync($"go/{link.Slug}");
        Assert.That(redirect.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        await shopper.GetAsync(redirect.Headers.Location!.OriginalString);
        await _links.WaitForClicksAsync(link.Id, 1);
        var visitorId = _links.ReadTicket(cookies.GetCookies(Server.BaseAddress)[ShareLinkTestSupport.CookieName]?.Value)!.VisitorId;
        await _links.WaitForAttributionAsync(visitorId, attribution => attribution.CustomerId > 0);
        var api = new SandboxApi(shopper);
        _aliceOrder = await api.PlaceOrderAsync(new { Items = new[] { new { ProductId = await _links.GetProductIdAsync("Hoodie"), Quantity = 10 } } });
        Assert.That(_aliceOrder.AffiliateId, Is.EqualTo(_alice.AffiliateId));
        await api.ChangeAsync(_aliceOrder.Id, "pay");
        Server.Host.Clock.Advance(TimeSpan.FromDays(31));
        var task = await shopper.PostAsync("scheduletask/runtask",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["taskType"] = AffiliateTrackingDefaults.CommissionLedgerTaskType }));
        Assert.That(task.IsSuccessStatusCode, Is.True);
        var batch = await Server.Host.InScopeAsync(services => services.GetRequiredService<IAffiliatePayoutService>().CreatePayoutBatchAsync());
        _alicePayoutReference = batch.Lines.Single(l => l.AffiliateId == _alice.AffiliateId).Reference;
        Server.Host.Clock.Reset();
    }

    private async Task<HttpClient> SignedInAsAsync(string email, string password)
    {
        var client = Server.CreateClient();
        await LoginAsync(client, email, password);
        return client;
    }

    private static string Total(string page, string name) =>
        Regex.Match(page, $"data-total=\"{name}\"[^>]*>([^<]*)<").Groups[1].Value.Trim();

    [Test]
    public async Task Affiliate_SeesOwnClickConversionCommissionAndPayout()
    {
        using var alice = await SignedInAsAsync(SandboxDemoData.AffiliateCustomerEmail, SandboxDemoData.AffiliateCustomerPassword);

        var page = await alice.GetStringAsync(AccountPath + "?days=7");

        Assert.That(StateOf(page), Is.EqualTo("Dashboard"));
        Assert.That(page, Does.Contain("id=\"affiliate-statistics\"").And.Contain("<svg"));
        Assert.That(long.Parse(Total(page, "clicks")), Is.GreaterThanOrEqualTo(1));
        Assert.That(Total(page, "conversions"), Is.EqualTo("1"));
        Assert.That(page, Does.Contain("affiliate-period-preset selected\" data-days=\"7\""));
        Assert.That(page, Does.Contain($"data-order-id=\"{_aliceOrder.Id}\" data-status=\"Approved\""));
        Assert.That(page, Does.Contain($"data-reference=\"{_alicePayoutReference}\" data-status=\"Pending\""));
        Assert.That(page, Does.Match("class=\"affiliate-chart-day\" data-day=\"\\d{4}-\\d{2}-\\d{2}\" data-clicks=\"[1-9]"));
    }

    [Test]
    public async Task OtherAffiliate_NoParameterShowsAlicesData()
    {
        using var bob = Server.CreateClient();
        await LoginAsync(bob, _bobEmail, "secret-1");
        var id = _alice.AffiliateId.ToString();

        foreach (var query in new[]
                 {
                     "", $"?affiliateId={id}", $"?AffiliateId={id}&memberId={_alice.Id}&customerId={_alice.CustomerId}",
                     $"?Statistics.AffiliateId={id}", $"?days=365&page=0&affiliate={id}", $"?from=2000-01-01&to=2100-01-01&affiliateId={id}"
                 })
        {
            var page = await bob.GetStringAsync(AccountPath + query);

            Assert.That(StateOf(page), Is.EqualTo("Dashboard"), query);
            Assert.That(page, Does.Not.Contain($"data-order-id=\"{_aliceOrder.Id}\""), query);
            Assert.That(page, Does.Not.Contain(_alicePayoutReference), query);
            Assert.That(page, Does.Not.Contain("alice-dashboard"), query);
            Assert.That(Total(page, "clicks"), Is.EqualTo("0"), query);
            Assert.That(Total(page, "conversions"), Is.EqualTo("0"), query);
            Assert.That(page, Does.Contain("No commissions yet.").And.Contain("No payouts yet."), query);
        }
    }

    [Test]
    public async Task ApplicantShopperAndGuest_NoStatistics()
    {
        using var guest = Server.CreateClient();
        using var shopper = await SignedInAsAsync(SandboxDemoData.ShopperEmail, SandboxDemoData.ShopperPassword);
        var guestPage = await guest.GetAsync(AccountPath + $"?affiliateId={_alice.AffiliateId}&days=7");
        var shopperPage = await shopper.GetStringAsync(AccountPath + $"?affiliateId={_alice.AffiliateId}&days=7");

        Assert.That(guestPage.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await guestPage.Content.ReadAsStringAsync(), Does.Not.Contain("affiliate-statistics"));
        Assert.That(shopperPage, Does.Not.Contain("affiliate-statistics").And.Not.Contain("affiliate-commission").And.Not.Contain(_alicePayoutReference));
    }

    [TestCase("?days=8", "Choose 7, 30, 90 or 365 days")]
    [TestCase("?days=%27%3Bdrop", "Choose 7, 30, 90 or 365 days")]
    [TestCase("?from=2026-13-45", "Enter dates as yyyy-mm-dd")]
    [TestCase("?from=2026-06-10&to=2026-06-01", "The start date is after the end date")]
    [TestCase("?from=2020-01-01&to=2026-01-01", "at most 366 days")]
    public async Task BadPeriod_MessageAndDefaultPeriod(string query, string message)
    {
        using var alice = await SignedInAsAsync(SandboxDemoData.AffiliateCustomerEmail, SandboxDemoData.AffiliateCustomerPassword);

        var response = await alice.GetAsync(AccountPath + query);
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page, Does.Contain("id=\"affiliate-period-error\"").And.Contain(message));
        Assert.That(page, Does.Contain("affiliate-period-preset selected\" data-days=\"30\""));
    }

    [Test]
    public async Task FromTo_PeriodShown_BadPageIgnored()
    {
        using var alice = await SignedInAsAsync(SandboxDemoData.AffiliateCustomerEmail, SandboxDemoData.AffiliateCustomerPassword);

        var old = await alice.GetStringAsync(AccountPath + "?from=2001-01-01&to=2001-01-31&page=-4");
        var farPage = await alice.GetStringAsync(AccountPath + "?page=999999");

        Assert.That(old, Does.Contain("data-from=\"2001-01-01\" data-to=\"2001-01-31\""));
        Assert.That(old, Does.Not.Contain("affiliate-period-error"));
        Assert.That(Total(old, "conversions"), Is.EqualTo("0"));
        Assert.That(Regex.Matches(old, "class=\"affiliate-chart-day\"").Count, Is.EqualTo(31));
        Assert.That(old, Does.Contain($"data-order-id=\"{_aliceOrder.Id}\""), "the commission list is not limited to the period");
        Assert.That(farPage, Does.Contain($"data-order-id=\"{_aliceOrder.Id}\""), "a page past the end shows the last page");
    }
}
