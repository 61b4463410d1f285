using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Security;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Sandbox;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Services.Customers;
using Nop.Services.Security;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// Approved balances made through the storefront, the ledger task and the clock, plus administrators with chosen
/// permissions, for the payouts page tests.
/// </summary>
public sealed class PayoutsTestSupport
{
    public const string PayoutsPath = "Admin/AffiliateTracking/Payouts";

    private readonly SandboxHost _host;

    public PayoutsTestSupport(SandboxHost host)
    {
        _host = host;
    }

    /// <summary>
    /// A shopper follows alice's link, buys ten hoodies and pays; the clock passes the hold period and the ledger task
    /// approves the commission. The clock is put back afterwards.
    /// </summary>
    public async Task<SandboxOrderJson> ApprovedAliceOrderAsync(HttpClient shopper, int productId)
    {
        (await shopper.GetAsync("/?affiliate=alice")).EnsureSuccessStatusCode();
        var api = new SandboxApi(shopper);
        var order = await api.PlaceOrderAsync(new { Items = new[] { new { ProductId = productId, Quantity = 10 } } });
        await api.ChangeAsync(order.Id, "pay");
        (await shopper.PostAsJsonAsync("sandbox/api/clock", new { AdvanceDays = 31 })).EnsureSuccessStatusCode();
        var task = await shopper.PostAsync("scheduletask/runtask",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["taskType"] = AffiliateTrackingDefaults.CommissionLedgerTaskType }));
        Assert.That(task.IsSuccessStatusCode, Is.True, await task.Content.ReadAsStringAsync());
        _host.Clock.Reset();
        return order;
    }

    public Task<List<AffiliatePayout>> GetPayoutsAsync() =>
        _host.InScopeAsync(async services => (await services.GetRequiredService<IRepository<AffiliatePayout>>().GetAllAsync(query => query.OrderBy(p => p.Id))).ToList());

    /// <summary>
    /// <paramref name="count"/> batches without lines, created a minute apart from <paramref name="firstCreatedOnUtc"/>
    /// (paid unless told otherwise, so the tests that look for the one pending batch are not disturbed); their references
    /// in insertion order.
    /// </summary>
    public Task<List<string>> InsertPayoutsAsync(string stem, int count, DateTime firstCreatedOnUtc, PayoutStatus status = PayoutStatus.Paid) =>
        _host.InScopeAsync(async services =>
        {
            var repository = services.GetRequiredService<IRepository<AffiliatePayout>>();
            var references = new List<string>();
            for (var i = 0; i < count; i++)
            {
                var createdOn = firstCreatedOnUtc.AddMinutes(i);
                var payout = new AffiliatePayout
                {
                    Reference = $"{stem}-{i}", Status = status, TotalAmount = 10m + i, CurrencyCode = "USD",
                    CreatedOnUtc = createdOn, PaidOnUtc = status == PayoutStatus.Paid ? createdOn : null
                };
                await repository.InsertAsync(payout);
                references.Add(payout.Reference);
            }

            return references;
        });

    /// <summary>
    /// A registered customer in a role of their own that may open the admin area and holds exactly
    /// <paramref name="permissionNames"/> besides.
    /// </summary>
    public async Task<string> CreateAdminWithPermissionsAsync(HttpClient client, params string[] permissionNames)
    {
        var email = MembersTestSupport.NewEmail("staff");
        await MembersTestSupport.RegisterAsync(client, email);
        await _host.InScopeAsync(async services =>
        {
            var customer = await services.GetRequiredService<ICustomerService>().GetCustomerByEmailAsync(email);
            var role = new CustomerRole { Name = email, SystemName = email, Active = true };
            await services.GetRequiredService<IRepository<CustomerRole>>().InsertAsync(role);
            await services.GetRequiredService<IRepository<SandboxCustomerRoleMapping>>()
                .InsertAsync(new SandboxCustomerRoleMapping { CustomerId = customer.Id, CustomerRoleId = role.Id });

            var permissions = services.GetRequiredService<IRepository<PermissionRecord>>();
            var mappings = services.GetRequiredService<IRepository<PermissionRecordCustomerRoleMapping>>();
            foreach (var name in permissionNames.Append(StandardPermission.Security.ACCESS_ADMIN_PANEL))
            {
                var record = (await permissions.GetAllAsync(query => query.Where(p => p.SystemName == name))).FirstOrDefault();
                if (record is null)
                {
                    record = new PermissionRecord { Name = name, SystemName = name, Category = "Test" };
                    await permissions.InsertAsync(record);
                }

                await mappings.InsertAsync(new PermissionRecordCustomerRoleMapping { PermissionRecordId = record.Id, CustomerRoleId = role.Id });
            }

            return true;
        });

        return email;
    }

    public static async Task<List<EmailJson>> EmailsAsync(HttpClient client) =>
        await client.GetFromJsonAsync<List<EmailJson>>("sandbox/api/emails");

    public sealed record EmailJson(int Id, string TemplateName, string To, string Subject, string Body);
}
