using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Security;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Sandbox;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Services.Links;
using Nop.Plugin.Affiliates.Tracking.Services.Members;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Security;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// Sign-up, sign-in, forms with antiforgery tokens and direct looks at memberships, for the membership sandbox tests.
/// </summary>
public sealed partial class MembersTestSupport
{
    public const string AccountPath = "customer/affiliate";
    public const string MembersAdminPath = "Admin/AffiliateTracking/Members";
    public const string MembersListPath = "Admin/AffiliateTracking/Members/List";

    private readonly SandboxHost _host;

    public MembersTestSupport(SandboxHost host)
    {
        _host = host;
    }

    public static string NewEmail(string stem) => $"{stem}-{Guid.NewGuid():N}"[..(stem.Length + 9)] + "@example.test";

    public static async Task RegisterAsync(HttpClient client, string email, string firstName = "Nina", string lastName = "Test")
    {
        var response = await client.PostAsync("sandbox/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = "secret-1", ["FirstName"] = firstName, ["LastName"] = lastName
        }));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"register {email}");
    }

    public static async Task LoginAsync(HttpClient client, string email, string password)
    {
        var response = await client.PostAsync("sandbox/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = password }));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"login as {email}");
    }

    /// <summary>
    /// Posts a form like the browser would: with the antiforgery token of <paramref name="pagePath"/> unless told not to.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pagePath, string actionPath,
        IDictionary<string, string> fields, bool withToken = true) =>
        await PostFormWithTokenAsync(client, actionPath, fields, withToken ? await GetTokenAsync(client, pagePath) : null);

    /// <summary>
    /// A token stays valid for the same signed-in customer, so one read from a page with a form serves pages without one.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormWithTokenAsync(HttpClient client, string actionPath, IDictionary<string, string> fields, string token)
    {
        var form = new Dictionary<string, string>(fields);
        if (token is not null)
            form["__RequestVerificationToken"] = token;

        return await client.PostAsync(actionPath, new FormUrlEncodedContent(form));
    }

    public static async Task<string> GetTokenAsync(HttpClient client, string pagePath)
    {
        var page = await client.GetStringAsync(pagePath);
        var token = TokenRegex().Match(page);
        Assert.That(token.Success, Is.True, $"{pagePath} carries an antiforgery token");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    public static string StateOf(string page)
    {
        var match = Regex.Match(page, "data-state=\"([A-Za-z]+)\"");
        return match.Success ? match.Groups[1].Value : null;
    }

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action) => _host.InScopeAsync(action);

    public Task<AffiliateMember> GetMemberByEmailAsync(string email) =>
        _host.InScopeAsync(async services =>
        {
            var customer = await services.GetRequiredService<ICustomerService>().GetCustomerByEmailAsync(email);
            return customer is null ? null : await services.GetRequiredService<IAffiliateMemberService>().GetMemberByCustomerIdAsync(customer.Id);
        });

    public Task<int> CountMembersAsync() =>
        _host.InScopeAsync(async services => (await services.GetRequiredService<IRepository<AffiliateMember>>().GetAllAsync(query => query)).Count);

    public Task<IList<AffiliateLink>> GetLinksAsync(int affiliateId) =>
        _host.InScopeAsync(async services => (IList<AffiliateLink>)(await services.GetRequiredService<IAffiliateLinkService>().GetLinksAsync(affiliateId)).ToList());

    public Task<AffiliateLink> CreateLinkAsync(int affiliateId, string slug, string destination) =>
        _host.InScopeAsync(async services =>
        {
            var result = await services.GetRequiredService<IAffiliateLinkService>().CreateLinkAsync(affiliateId, slug, destination);
            Assert.That(result.Success, Is.True, $"link {slug}: {result.Error}");
            return result.Link;
        });

    public Task<MemberResult> DecideAsync(Func<IAffiliateMemberService, Task<MemberResult>> decide) =>
        _host.InScopeAsync(services => decide(services.GetRequiredService<IAffiliateMemberService>()));

    public Task UpdateSettingsAsync(Action<AffiliateTrackingSettings> change) =>
        _host.InScopeAsync(async services =>
        {
            var settingService = services.GetRequiredService<ISettingService>();
            var settings = await settingService.LoadSettingAsync<AffiliateTrackingSettings>();
            change(settings);
            await settingService.SaveSettingAsync(settings);
            return true;
        });

    /// <summary>
    /// A registered customer in a role that may open the admin area but holds no affiliate permission.
    /// </summary>
    public async Task<string> CreateAdminWithoutAffiliatePermissionAsync(HttpClient client)
    {
        var email = NewEmail("clerk");
        await RegisterAsync(client, email);
        await _host.InScopeAsync(async services =>
        {
            var customerService = services.GetRequiredService<ICustomerService>();
            var customer = await customerService.GetCustomerByEmailAsync(email);
            var role = await customerService.GetCustomerRoleBySystemNameAsync(NopCustomerDefaults.VendorsRoleName);
            await services.GetRequiredService<IRepository<SandboxCustomerRoleMapping>>()
                .InsertAsync(new SandboxCustomerRoleMapping { CustomerId = customer.Id, CustomerRoleId = role.Id });

            var permissions = services.GetRequiredService<IRepository<PermissionRecord>>();
            var record = (await permissions.GetAllAsync(query => query.Where(p => p.SystemName == StandardPermission.Security.ACCESS_ADMIN_PANEL))).FirstOrDefault();
            if (record is null)
            {
                record = new PermissionRecord { Name = "Access admin area", SystemName = StandardPermission.Security.ACCESS_ADMIN_PANEL, Category = "Security" };
                await permissions.InsertAsync(record);
            }

            var mappings = services.GetRequiredService<IRepository<PermissionRecordCustomerRoleMapping>>();
            if (!(await mappings.GetAllAsync(query => query.Where(m => m.PermissionRecordId == record.Id && m.CustomerRoleId == role.Id))).Any())
                await mappings.InsertAsync(new PermissionRecordCustomerRoleMapping { PermissionRecordId = record.Id, CustomerRoleId = role.Id });
            return true;
        });

        return email;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
