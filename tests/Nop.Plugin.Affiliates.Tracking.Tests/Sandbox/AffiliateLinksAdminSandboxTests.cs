using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Security;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using Nop.Services.Customers;
using Nop.Services.Security;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// The admin "Affiliate links" page over HTTP: the grid's JSON, create/edit/disable through the forms with their
/// antiforgery tokens (and /go/{slug} following the result), the service's messages, and every action refused to
/// users without the permission it needs.
/// </summary>
[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class AffiliateLinksAdminSandboxTests : SandboxFixture
{
    private const string NoPermissionEmail = "editor@sandbox.local";
    private const string ViewerEmail = "viewer@sandbox.local";
    private const string Password = "secret-pass";

    private ShareLinkTestSupport _support;
    private int _alice;
    private int _bob;

    public AffiliateLinksAdminSandboxTests(DatabaseEngine engine) : base(engine)
    {
    }

    protected override async Task OnSandboxStartedAsync()
    {
        _support = new ShareLinkTestSupport(Server.Host);
        _alice = await _support.GetAffiliateIdAsync("alice");
        _bob = await _support.GetAffiliateIdAsync("bob");

        // Two admin-area users: one may only enter the admin area, one may also view affiliates.
        await CreateAdminUserAsync(NoPermissionEmail, "ContentEditors", StandardPermission.Security.ACCESS_ADMIN_PANEL);
        await CreateAdminUserAsync(ViewerEmail, "AffiliateViewers", StandardPermission.Security.ACCESS_ADMIN_PANEL, StandardPermission.Promotions.AFFILIATES_VIEW);
    }

    [Test]
    public async Task Links_Admin_RendersGridSearchAndPostbackForm()
    {
        using var client = await AdminClientAsync();

        var response = await client.GetAsync("Admin/AffiliateTracking/Links");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), html);
        Assert.That(html, Does.Contain("id=\"affiliate-links-grid\""));
        Assert.That(html, Does.Contain("data-url=\"/Admin/AffiliateTrackingLink/LinkList\""));
        Assert.That(html, Does.Contain("id=\"affiliate-postback-form\""));
        Assert.That(html, Does.Contain("name=\"__RequestVerificationToken\""));
        Assert.That(html, Does.Contain("id=\"active-menu-item\">Affiliates.Tracking.Links<"));
        Assert.That(html, Does.Not.Contain(">Plugins.Affiliates.Tracking."), "every text is localized");
    }

    [Test]
    public async Task LinkCreate_PostWithAntiforgery_CreatesLinkAndGoLinkRedirectsToIt()
    {
        using var client = await AdminClientAsync();
        var slug = ShareLinkTestSupport.NewSlug("admin");

        var response = await PostFormAsync(client, "Admin/AffiliateTrackingLink/LinkCreate", "Admin/AffiliateTrackingLink/LinkCreate", new()
        {
            ["AffiliateId"] = _alice.ToString(),
            ["Slug"] = slug.ToUpperInvariant(),
            ["DestinationUrl"] = "/cart?from=admin"
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        var link = await FindLinkAsync(slug);
        Assert.That(link, Is.Not.Null);
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/Admin/AffiliateTrackingLink/LinkEdit/{link.Id}"));
        Assert.That(link.AffiliateId, Is.EqualTo(_alice));
        Assert.That(link.Active, Is.True);

        using var shopper = Server.CreateClient();
        ShareLinkTestSupport.UseBrowserUserAgent(shopper);
        var go = await shopper.GetAsync($"go/{slug}");
        Assert.That(go.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(go.Headers.Location?.ToString(), Does.EndWith("/cart?from=admin"));
    }

    [Test]
    public async Task LinkCreate_PostWithoutAntiforgeryToken_IsRejectedAndCreatesNothing()
    {
        using var client = await AdminClientAsync();
        var slug = ShareLinkTestSupport.NewSlug("forged");

        var response = await client.PostAsync("Admin/AffiliateTrackingLink/LinkCreate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["AffiliateId"] = _alice.ToString(), ["Slug"] = slug, ["DestinationUrl"] = "/"
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await FindLinkAsync(slug), Is.Null);
    }

    [TestCase("Bad Slug!", "/", "Use 3 to 64 lower-case letters and digits")]
    [TestCase("", "//evil.example", "Enter a store path starting with /")]
    [TestCase("", "https://evil.example/", "not on the store's list of allowed external sites")]
    [TestCase("", "javascript:alert(1)", "Only http and https addresses")]
    [TestCase("", "https://user@evil.example/", "user name or password")]
    [TestCase("", "", "Enter the page the link leads to.")]
    public async Task LinkCreate_InvalidInput_ShowsTheServicesMessageAndCreatesNothing(string slug, string destination, string message)
    {
        using var client = await AdminClientAsync();
        var before = await CountLinksAsync();

        var response = await PostFormAsync(client, "Admin/AffiliateTrackingLink/LinkCreate", "Admin/AffiliateTrackingLink/LinkCreate", new()
        {
            ["AffiliateId"] = _alice.ToString(), ["Slug"] = slug, ["DestinationUrl"] = destination
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(WebUtility.HtmlDecode(html), Does.Contain(message));
        Assert.That(await CountLinksAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task LinkCreate_TakenSlug_SaysSoOnTheForm()
    {
        var existing = await _support.CreateLinkAsync(_bob, ShareLinkTestSupport.NewSlug("taken"), "/");
        using var client = await AdminClientAsync();

        var response = await PostFormAsync(client, "Admin/AffiliateTrackingLink/LinkCreate", "Admin/AffiliateTrackingLink/LinkCreate", new()
        {
            ["AffiliateId"] = _alice.ToString(), ["Slug"] = existing.Slug, ["DestinationUrl"] = "/"
        });

        Assert.That(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), Does.Contain("This short link name is already used."));
        Assert.That((await FindLinkAsync(existing.Slug)).AffiliateId, Is.EqualTo(_bob));
    }

    [Test]
    public async Task LinkEditAndSetActive_Posted_ChangeTheLinkAndWhereItLeads()
    {
        var link = await _support.CreateLinkAsync(_alice, ShareLinkTestSupport.NewSlug("edit"), "/");
        using var client = await AdminClientAsync();
        var newSlug = ShareLinkTestSupport.NewSlug("edited");

        var edit = await PostFormAsync(client, $"Admin/AffiliateTrackingLink/LinkEdit/{link.Id}", "Admin/AffiliateTrackingLink/LinkEdit", new()
        {
            ["Id"] = link.Id.ToString(), ["Slug"] = newSlug, ["DestinationUrl"] = "/checkout"
        });
        var disable = await PostFormAsync(client, $"Admin/AffiliateTrackingLink/LinkEdit/{link.Id}", "Admin/AffiliateTrackingLink/LinkSetActive", new()
        {
            ["id"] = link.Id.ToString(), ["active"] = "false"
        });
        var disabled = await FindLinkAsync(newSlug);
        using var shopper = Server.CreateClient();
        ShareLinkTestSupport.UseBrowserUserAgent(shopper);
        var goWhileDisabled = await shopper.GetAsync($"go/{newSlug}");
        await PostFormAsync(client, $"Admin/AffiliateTrackingLink/LinkEdit/{link.Id}", "Admin/AffiliateTrackingLink/LinkSetActive", new()
        {
            ["id"] = link.Id.ToString(), ["active"] = "true"
        });
        var goEnabled = await shopper.GetAsync($"go/{newSlug}");

        Assert.That(edit.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(disable.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(disabled.DestinationUrl, Is.EqualTo("/checkout"));
        Assert.That(disabled.Active, Is.False);
        Assert.That(goWhileDisabled.Headers.Location?.ToString(), Does.Not.EndWith("/checkout"));
        Assert.That(goEnabled.Headers.Location?.ToString(), Does.EndWith("/checkout"));
        Assert.That(await FindLinkAsync(link.Slug), Is.Null, "the old slug is gone");
    }

    [Test]
    public async Task LinkEdit_Get_ShowsTheLinkWithItsShareUrl()
    {
        var link = await _support.CreateLinkAsync(_alice, ShareLinkTestSupport.NewSlug("show"), "/cart");
        using var client = await AdminClientAsync();

        var html = await client.GetStringAsync($"Admin/AffiliateTrackingLink/LinkEdit/{link.Id}");

        Assert.That(html, Does.Contain($"/go/{link.Slug}</code>"));
        Assert.That(html, Does.Contain("value=\"/cart\""));
        Assert.That(html, Does.Contain("id=\"link-toggle-active\""));
    }

    [Test]
    public async Task LinkList_FilteredByAffiliateAndSlug_ReturnsOnlyMatchingRowsAsGridJson()
    {
        var stem = "flt" + Guid.NewGuid().ToString("N")[..6];
        await _support.CreateLinkAsync(_alice, stem + "-one", "/");
        await _support.CreateLinkAsync(_alice, stem + "-two", "/cart");
        await _support.CreateLinkAsync(_bob, stem + "-bob", "/");
        using var client = await AdminClientAsync();

        var json = await PostGridAsync(client, new() { ["SearchAffiliateId"] = _alice.ToString(), ["SearchSlug"] = stem.ToUpperInvariant() });

        var rows = json.RootElement.GetProperty("Data").EnumerateArray().ToList();
        Assert.That(json.RootElement.GetProperty("RecordsTotal").GetInt32(), Is.EqualTo(2));
        Assert.That(json.RootElement.GetProperty("Draw").GetString(), Is.EqualTo("3"));
        Assert.That(rows.Select(r => r.GetProperty("Slug").GetString()), Is.EquivalentTo(new[] { stem + "-one", stem + "-two" }));
        Assert.That(rows.Select(r => r.GetProperty("ShortUrl").GetString()), Is.All.Contains("/go/" + stem));
        Assert.That(rows.Select(r => r.GetProperty("AffiliateName").GetString()), Is.All.Contains("(alice)"));
    }

    [Test]
    public async Task LinkList_Paged_ReturnsThePageAskedFor()
    {
        var stem = "pg" + Guid.NewGuid().ToString("N")[..6];
        for (var index = 0; index < 5; index++)
            await _support.CreateLinkAsync(_bob, $"{stem}-{index}", "/");
        using var client = await AdminClientAsync();

        var json = await PostGridAsync(client, new() { ["SearchSlug"] = stem, ["start"] = "4", ["length"] = "2" });

        Assert.That(json.RootElement.GetProperty("RecordsTotal").GetInt32(), Is.EqualTo(5));
        Assert.That(json.RootElement.GetProperty("Data").GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public async Task AffiliatePostbackTemplate_Posted_SavesValidAndRefusesInvalid()
    {
        using var client = await AdminClientAsync();

        var saved = await PostFormAsync(client, "Admin/AffiliateTracking/Links", "Admin/AffiliateTrackingLink/AffiliatePostbackTemplate", new()
        {
            ["PostbackTemplate.AffiliateId"] = _bob.ToString(), ["PostbackTemplate.UrlTemplate"] = "https://bob-network.example/pb?tx={order_id}"
        });
        var refused = await PostFormAsync(client, "Admin/AffiliateTracking/Links", "Admin/AffiliateTrackingLink/AffiliatePostbackTemplate", new()
        {
            ["PostbackTemplate.AffiliateId"] = _bob.ToString(), ["PostbackTemplate.UrlTemplate"] = "https://bob-network.example/pb?tx={nope}"
        });
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("Admin/AffiliateTracking/Links"));

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page, Does.Contain("'{nope}' is not a known token."));
        var template = await Server.Host.InScopeAsync(services =>
            services.GetRequiredService<IRepository<AffiliatePostbackTemplate>>().Table.FirstOrDefaultAsync(t => t.AffiliateId == _bob));
        Assert.That(template.UrlTemplate, Is.EqualTo("https://bob-network.example/pb?tx={order_id}"));
    }

    private static IEnumerable<TestCaseData> EveryAction()
    {
        yield return new TestCaseData("GET", "Admin/AffiliateTracking/Links", true).SetArgDisplayNames("GET Links");
        yield return new TestCaseData("POST", "Admin/AffiliateTrackingLink/LinkList", true).SetArgDisplayNames("POST LinkList");
        yield return new TestCaseData("GET", "Admin/AffiliateTrackingLink/LinkCreate", false).SetArgDisplayNames("GET LinkCreate");
        yield return new TestCaseData("POST", "Admin/AffiliateTrackingLink/LinkCreate", false).SetArgDisplayNames("POST LinkCreate");
        yield return new TestCaseData("GET", "Admin/AffiliateTrackingLink/LinkEdit/{id}", true).SetArgDisplayNames("GET LinkEdit");
        yield return new TestCaseData("POST", "Admin/AffiliateTrackingLink/LinkEdit", false).SetArgDisplayNames("POST LinkEdit");
        yield return new TestCaseData("POST", "Admin/AffiliateTrackingLink/LinkSetActive", false).SetArgDisplayNames("POST LinkSetActive");
        yield return new TestCaseData("POST", "Admin/AffiliateTrackingLink/AffiliatePostbackTemplate", false).SetArgDisplayNames("POST AffiliatePostbackTemplate");
    }

    [TestCaseSource(nameof(EveryAction))]
    public async Task EveryAction_WithoutAffiliatePermission_IsDeniedAndChangesNothing(string method, string path, bool viewerMayRead)
    {
        await AssertDeniedAsync(NoPermissionEmail, method, path);
    }

    [TestCaseSource(nameof(EveryAction))]
    public async Task EveryAction_ViewOnlyUser_ReadsButCannotWrite(string method, string path, bool viewerMayRead)
    {
        if (!viewerMayRead)
        {
            await AssertDeniedAsync(ViewerEmail, method, path);
            return;
        }

        var link = await _support.CreateLinkAsync(_alice, ShareLinkTestSupport.NewSlug("view"), "/");
        using var client = await LoginAsync(ViewerEmail, Password);
        if (method == "POST")
        {
            var json = await PostGridAsync(client, new() { ["SearchSlug"] = link.Slug });
            Assert.That(json.RootElement.GetProperty("Data")[0].GetProperty("Slug").GetString(), Is.EqualTo(link.Slug));
            return;
        }

        var response = await client.GetAsync(path.Replace("{id}", link.Id.ToString()));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("id=\"access-denied\""));
    }

    [TestCaseSource(nameof(EveryAction))]
    public async Task EveryAction_Anonymous_IsSentToLogin(string method, string path, bool viewerMayRead)
    {
        using var client = Server.CreateClient();

        var response = method == "GET" ? await client.GetAsync(path.Replace("{id}", "1")) : await client.PostAsync(path, new FormUrlEncodedContent([]));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.ToString(), Does.Contain("/sandbox/login"));
    }

    private async Task AssertDeniedAsync(string email, string method, string path)
    {
        var link = await _support.CreateLinkAsync(_alice, ShareLinkTestSupport.NewSlug("deny"), "/");
        var linksBefore = await CountLinksAsync();
        using var client = await LoginAsync(email, Password);
        var form = new Dictionary<string, string>
        {
            ["id"] = link.Id.ToString(), ["Id"] = link.Id.ToString(), ["active"] = "false", ["AffiliateId"] = _alice.ToString(),
            ["Slug"] = ShareLinkTestSupport.NewSlug("hijack"), ["DestinationUrl"] = "/checkout",
            ["PostbackTemplate.AffiliateId"] = _alice.ToString(), ["PostbackTemplate.UrlTemplate"] = "https://evil.example/{order_id}"
        };

        var response = method == "GET"
            ? await client.GetAsync(path.Replace("{id}", link.Id.ToString()))
            : await client.PostAsync(path, new FormUrlEncodedContent(form));
        var ajax = method == "POST" ? await PostAjaxAsync(client, path, form) : null;

        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), body);
        Assert.That(response.Headers.Location?.ToString(), Does.StartWith("/Admin/Security/AccessDenied"));
        if (ajax is not null)
        {
            var json = await ajax.Content.ReadAsStringAsync();
            Assert.That(json, Does.Contain("\"error\"").IgnoreCase);
            Assert.That(json, Does.Not.Contain("Data").And.Not.Contain(link.Slug));
        }

        var after = await FindLinkAsync(link.Slug);
        Assert.That(after, Is.Not.Null);
        Assert.That(after.Active, Is.True);
        Assert.That(after.DestinationUrl, Is.EqualTo("/"));
        Assert.That(await CountLinksAsync(), Is.EqualTo(linksBefore));
        Assert.That(await Server.Host.InScopeAsync(services =>
            services.GetRequiredService<IRepository<AffiliatePostbackTemplate>>().Table.AnyAsync(t => t.UrlTemplate.Contains("evil"))), Is.False);
    }

    private async Task<HttpClient> AdminClientAsync() => await LoginAsync(SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);

    private async Task<HttpClient> LoginAsync(string email, string password)
    {
        var client = Server.CreateClient();
        var response = await client.PostAsync("sandbox/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = password }));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"login as {email}");
        return client;
    }

    private static async Task<string> GetTokenAsync(HttpClient client, string formPage)
    {
        var html = await client.GetStringAsync(formPage);
        var match = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.That(match.Success, Is.True, $"{formPage} carries an antiforgery token");
        return match.Groups[1].Value;
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await GetTokenAsync(client, formPage);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    private static async Task<HttpResponseMessage> PostAjaxAsync(HttpClient client, string action, Dictionary<string, string> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        return await client.SendAsync(request);
    }

    private static async Task<JsonDocument> PostGridAsync(HttpClient client, Dictionary<string, string> filters)
    {
        filters.TryAdd("draw", "3");
        filters.TryAdd("start", "0");
        filters.TryAdd("length", "15");
        var response = await PostFormAsync(client, "Admin/AffiliateTracking/Links", "Admin/AffiliateTrackingLink/LinkList", filters);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body);
    }

    private Task<AffiliateLink> FindLinkAsync(string slug) =>
        Server.Host.InScopeAsync(services => services.GetRequiredService<IRepository<AffiliateLink>>().Table.FirstOrDefaultAsync(l => l.Slug == slug.ToLowerInvariant()));

    private Task<int> CountLinksAsync() =>
        Server.Host.InScopeAsync(async services => (await services.GetRequiredService<IRepository<AffiliateLink>>().GetAllAsync(query => query)).Count);

    private Task CreateAdminUserAsync(string email, string roleName, params string[] permissions) =>
        Server.Host.InScopeAsync(async services =>
        {
            var roles = services.GetRequiredService<IRepository<CustomerRole>>();
            var role = new CustomerRole { Name = roleName, SystemName = roleName, Active = true };
            await roles.InsertAsync(role, false);

            var permissionRecords = services.GetRequiredService<IRepository<PermissionRecord>>();
            var mappings = services.GetRequiredService<IRepository<PermissionRecordCustomerRoleMapping>>();
            foreach (var systemName in permissions)
            {
                var record = await permissionRecords.Table.FirstOrDefaultAsync(p => p.SystemName == systemName);
                if (record is null)
                {
                    record = new PermissionRecord { Name = systemName, SystemName = systemName, Category = "Standard" };
                    await permissionRecords.InsertAsync(record, false);
                }
                await mappings.InsertAsync(new PermissionRecordCustomerRoleMapping { PermissionRecordId = record.Id, CustomerRoleId = role.Id }, false);
            }

            var now = Server.Host.Clock.UtcNow;
            var customer = new Customer
            {
                CustomerGuid = Guid.NewGuid(), Email = email, Username = email, Active = true, CreatedOnUtc = now, LastActivityDateUtc = now, RegisteredInStoreId = 1
            };
            await services.GetRequiredService<ICustomerService>().InsertCustomerAsync(customer);
            var registered = await services.GetRequiredService<ICustomerService>().GetCustomerRoleBySystemNameAsync(NopCustomerDefaults.RegisteredRoleName);
            var roleMappings = services.GetRequiredService<IRepository<SandboxCustomerRoleMapping>>();
            await roleMappings.InsertAsync(new SandboxCustomerRoleMapping { CustomerId = customer.Id, CustomerRoleId = role.Id }, false);
            await roleMappings.InsertAsync(new SandboxCustomerRoleMapping { CustomerId = customer.Id, CustomerRoleId = registered.Id }, false);
            var (hash, salt) = SandboxPasswordHasher.Hash(Password);
            await services.GetRequiredService<IRepository<SandboxCustomerPassword>>()
                .InsertAsync(new SandboxCustomerPassword { CustomerId = customer.Id, PasswordHash = hash, PasswordSalt = salt, CreatedOnUtc = now }, false);
            return true;
        });
}
