using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// The commission ledger over HTTP: orders placed, paid, refunded, cancelled and deleted through the sandbox's order
/// API (nopCommerce's OrderProcessingService event sequence), the ledger read back through the sandbox's ledger API,
/// and the plugin's schedule task run the way nopCommerce's scheduler runs it (POST scheduletask/runtask).
/// </summary>
[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class LedgerSandboxTests : SandboxFixture
{
    private const string Hoodie = "Hoodie";

    private ShareLinkTestSupport _support;
    private int _alice;
    private int _productId;

    public LedgerSandboxTests(DatabaseEngine engine) : base(engine)
    {
    }

    protected override async Task OnSandboxStartedAsync()
    {
        _support = new ShareLinkTestSupport(Server.Host);
        _alice = await _support.GetAffiliateIdAsync("alice");
        _productId = await _support.GetProductIdAsync(Hoodie);
    }

    [TearDown]
    public void ResetClock() => Server?.Host.Clock.Reset();

    private HttpClient CreateShopperClient()
    {
        var client = Server.CreateClient(new CookieContainer());
        ShareLinkTestSupport.UseBrowserUserAgent(client);
        return client;
    }

    // A shopper who came through alice's link and buys hoodies.
    private async Task<(HttpClient Client, SandboxApi Api, SandboxOrderJson Order)> PlaceAliceOrderAsync(int quantity = 1)
    {
        var client = CreateShopperClient();
        (await client.GetAsync("/?affiliate=alice")).EnsureSuccessStatusCode();
        var api = new SandboxApi(client);
        var order = await api.PlaceOrderAsync(new { Items = new[] { new { ProductId = _productId, Quantity = quantity } } });
        Assert.That(order.AffiliateId, Is.EqualTo(_alice), "the order credits alice");
        return (client, api, order);
    }

    private static async Task<JsonElement> LedgerAsync(HttpClient client, int orderId)
    {
        var response = await client.GetAsync($"sandbox/api/ledger/orders/{orderId}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("Commission");
    }

    private static async Task<string[]> EntryKeysAsync(HttpClient client, int orderId) =>
        (await client.GetFromJsonAsync<JsonElement>($"sandbox/api/ledger/orders/{orderId}"))
            .GetProperty("Entries").EnumerateArray().Select(e => e.GetProperty("EntryKey").GetString()).ToArray();

    private static async Task RunLedgerTaskAsync(HttpClient client)
    {
        var response = await client.PostAsync("scheduletask/runtask",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["taskType"] = AffiliateTrackingDefaults.CommissionLedgerTaskType }));
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
    }

    private async Task AdvanceClockAsync(HttpClient client, int days) =>
        (await client.PostAsJsonAsync("sandbox/api/clock", new { AdvanceDays = days })).EnsureSuccessStatusCode();

    private static decimal ExpectedCommission(SandboxOrderJson order) =>
        CommissionCalculator.Round((order.OrderSubtotal - order.OrderSubTotalDiscount - order.OrderDiscount) * 0.10m);

    [Test]
    public async Task PlacePayPartiallyRefund_HoldPeriodPasses_TaskApproves()
    {
        var (client, api, order) = await PlaceAliceOrderAsync();
        var placed = await LedgerAsync(client, order.Id);
        await api.ChangeAsync(order.Id, "pay");
        var paid = await LedgerAsync(client, order.Id);
        var refunded = await api.ChangeAsync(order.Id, "partial-refund", new { Amount = 10.00m });
        var afterRefund = await LedgerAsync(client, order.Id);

        await AdvanceClockAsync(client, 29);
        await RunLedgerTaskAsync(client);
        var day29 = await LedgerAsync(client, order.Id);
        await AdvanceClockAsync(client, 2);
        await RunLedgerTaskAsync(client);
        var day31 = await LedgerAsync(client, order.Id);

        var original = ExpectedCommission(order);
        Assert.Multiple(() =>
        {
            Assert.That(placed.GetProperty("Status").GetString(), Is.EqualTo("Pending"));
            Assert.That(placed.GetProperty("Source").GetString(), Is.EqualTo("Link"));
            Assert.That(placed.GetProperty("Amount").GetDecimal(), Is.EqualTo(original));
            Assert.That(paid.GetProperty("OrderPaidOnUtc").ValueKind, Is.EqualTo(JsonValueKind.String));
            Assert.That(afterRefund.GetProperty("Amount").GetDecimal(),
                Is.EqualTo(RefundAdjustmentRule.AmountAfterRefunds(original, refunded.OrderTotal, 10m)));
            Assert.That(afterRefund.GetProperty("Status").GetString(), Is.EqualTo("Pending"));
            Assert.That(day29.GetProperty("Status").GetString(), Is.EqualTo("Pending"));
            Assert.That(day31.GetProperty("Status").GetString(), Is.EqualTo("Approved"));
        });
        Assert.That(await EntryKeysAsync(client, order.Id), Is.EqualTo(new[]
        {
            $"{order.Id}/placed", $"{order.Id}/paid", $"{order.Id}/refund:10.0000", $"{order.Id}/approve"
        }));
    }

    [Test]
    public async Task PartialThenFullRefund_Reversed()
    {
        var (client, api, order) = await PlaceAliceOrderAsync();
        await api.ChangeAsync(order.Id, "pay");
        await api.ChangeAsync(order.Id, "partial-refund", new { Amount = 5m });
        var rest = (await api.GetOrderAsync(order.Id)).OrderTotal - 5m;

        await api.ChangeAsync(order.Id, "partial-refund", new { Amount = rest });

        var commission = await LedgerAsync(client, order.Id);
        Assert.That(commission.GetProperty("Status").GetString(), Is.EqualTo("Reversed"));
        Assert.That(commission.GetProperty("Amount").GetDecimal(), Is.Zero);
    }

    [Test]
    public async Task RefundOffline_FullRefund_Reversed()
    {
        var (client, api, order) = await PlaceAliceOrderAsync();
        await api.ChangeAsync(order.Id, "pay");

        await api.ChangeAsync(order.Id, "refund");

        Assert.That((await LedgerAsync(client, order.Id)).GetProperty("Status").GetString(), Is.EqualTo("Reversed"));
    }

    [Test]
    public async Task Cancel_ThenAdminSetsStatusBack_ReversedThenPendingAgain()
    {
        var (client, api, order) = await PlaceAliceOrderAsync();

        await api.ChangeAsync(order.Id, "cancel");
        var cancelled = await LedgerAsync(client, order.Id);
        await api.ChangeAsync(order.Id, "status", new { Status = "Processing" });
        var reinstated = await LedgerAsync(client, order.Id);

        Assert.That(cancelled.GetProperty("Status").GetString(), Is.EqualTo("Reversed"));
        Assert.That(reinstated.GetProperty("Status").GetString(), Is.EqualTo("Pending"));
        Assert.That(reinstated.GetProperty("Amount").GetDecimal(), Is.EqualTo(ExpectedCommission(order)));
    }

    [Test]
    public async Task VoidAuthorizedOrder_Reversed()
    {
        var (client, api, order) = await PlaceAliceOrderAsync();
        await api.ChangeAsync(order.Id, "authorize");

        await api.ChangeAsync(order.Id, "void");

        Assert.That((await LedgerAsync(client, order.Id)).GetProperty("Status").GetString(), Is.EqualTo("Reversed"));
    }

    [Test]
    public async Task DeleteOrder_Reversed()
    {
        var (client, _, order) = await PlaceAliceOrderAsync();

        (await client.DeleteAsync($"sandbox/api/orders/{order.Id}")).EnsureSuccessStatusCode();

        Assert.That((await LedgerAsync(client, order.Id)).GetProperty("Status").GetString(), Is.EqualTo("Reversed"));
    }

    [Test]
    public async Task PaymentPluginMarksPaidDirectly_PaidAndApprovedAfterHold()
    {
        var (client, api, order) = await PlaceAliceOrderAsync();

        await api.ChangeAsync(order.Id, "mark-paid-direct");
        var paid = await LedgerAsync(client, order.Id);
        await AdvanceClockAsync(client, 31);
        await RunLedgerTaskAsync(client);

        Assert.That(paid.GetProperty("OrderPaidOnUtc").ValueKind, Is.EqualTo(JsonValueKind.String));
        Assert.That((await LedgerAsync(client, order.Id)).GetProperty("Status").GetString(), Is.EqualTo("Approved"));
    }

    [Test]
    public async Task ApprovedBalance_PayoutBatchCsvAndMarkPaid()
    {
        var (client, api, order) = await PlaceAliceOrderAsync(quantity: 10);
        await api.ChangeAsync(order.Id, "pay");
        await AdvanceClockAsync(client, 31);
        await RunLedgerTaskAsync(client);

        var batch = await (await client.PostAsync("sandbox/api/ledger/payouts", null)).Content.ReadFromJsonAsync<JsonElement>();
        var payoutId = batch.GetProperty("Payout").GetProperty("Id").GetInt32();
        var line = batch.GetProperty("Lines").EnumerateArray().Single(l => l.GetProperty("AffiliateId").GetInt32() == _alice);
        var csv = await client.GetStringAsync($"sandbox/api/ledger/payouts/{payoutId}/csv");
        (await client.PostAsync($"sandbox/api/ledger/payouts/{payoutId}/paid", null)).EnsureSuccessStatusCode();

        Assert.That(line.GetProperty("PayoutEmail").GetString(), Is.EqualTo("alice@sandbox.local"));
        Assert.That(line.GetProperty("Amount").GetDecimal(), Is.GreaterThanOrEqualTo(ExpectedCommission(order)));
        Assert.That(csv, Does.StartWith("PayoutEmail,Amount,Currency,Reference\r\n"));
        Assert.That(csv, Does.Contain($"alice@sandbox.local,{line.GetProperty("Amount").GetDecimal():0.00},USD,{line.GetProperty("Reference").GetString()}"));
        Assert.That((await LedgerAsync(client, order.Id)).GetProperty("Status").GetString(), Is.EqualTo("Paid"));
    }

    [Test]
    public async Task UnknownOrder_LedgerAnswers404()
    {
        using var client = CreateShopperClient();

        var response = await client.GetAsync("sandbox/api/ledger/orders/987654");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
