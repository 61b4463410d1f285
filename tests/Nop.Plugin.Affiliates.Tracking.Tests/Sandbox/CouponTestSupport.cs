using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Discounts;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Sandbox;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Services.Coupons;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// What the coupon tests (HTTP and browser) do: drive the admin coupons page as a browser without JavaScript would
/// (form posts with the antiforgery token, then ProcessBatch until the run completes) and read the resulting rows.
/// </summary>
public sealed class CouponTestSupport
{
    public const string CouponsPath = "Admin/AffiliateTracking/Coupons";

    private static readonly Regex _token = new("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");

    private readonly SandboxHost _host;

    public CouponTestSupport(SandboxHost host)
    {
        _host = host;
    }

    public static string TokenOf(string html)
    {
        var match = _token.Match(html);
        Assert.That(match.Success, Is.True, "the page carries an antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task LoginAsync(HttpClient client, string email, string password)
    {
        var response = await client.PostAsync("sandbox/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = password }));
        Assert.That((int)response.StatusCode, Is.LessThan(400), $"signing in as {email}");
    }

    /// <summary>
    /// Posts a form found on <paramref name="pageWithForm"/> (GET first, for its token) and returns the response.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pageWithForm, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = TokenOf(await client.GetStringAsync(pageWithForm));
        var body = fields.Append(KeyValuePair.Create("__RequestVerificationToken", token)).ToList();

        return await client.PostAsync(action, new FormUrlEncodedContent(body));
    }

    /// <summary>
    /// Posts the generation form; returns the response (a redirect to the progress page when the run started).
    /// </summary>
    public static Task<HttpResponseMessage> GenerateAsync(HttpClient client, IEnumerable<KeyValuePair<string, string>> fields) =>
        PostFormAsync(client, CouponsPath, CouponsPath + "/Generate", fields.Select(f => KeyValuePair.Create("Generation." + f.Key, f.Value)));

    /// <summary>
    /// Calls ProcessBatch the way the page's script does until the run completes; returns every progress answer.
    /// </summary>
    public static async Task<IList<CouponProgressJson>> RunJobAsync(HttpClient client, int jobId, int maxBatches = 200)
    {
        var token = TokenOf(await client.GetStringAsync($"{CouponsPath}?jobId={jobId}"));
        var answers = new List<CouponProgressJson>();
        for (var batch = 0; batch < maxBatches; batch++)
        {
            var response = await client.PostAsync(CouponsPath + "/ProcessBatch", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["jobId"] = jobId.ToString(), ["__RequestVerificationToken"] = token
            }));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
            var progress = await response.Content.ReadFromJsonAsync<CouponProgressJson>();
            answers.Add(progress);
            if (progress!.Completed)
                return answers;
        }

        Assert.Fail($"Job {jobId} did not complete in {maxBatches} batches.");
        return answers;
    }

    public static int JobIdOf(HttpResponseMessage generateResponse)
    {
        Assert.That(generateResponse.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the run started and the page redirects to its progress");
        var match = Regex.Match(generateResponse.Headers.Location!.OriginalString, "jobId=(\\d+)");
        Assert.That(match.Success, Is.True, generateResponse.Headers.Location.OriginalString);
        return int.Parse(match.Groups[1].Value);
    }

    public Task<int> GetTemplateIdAsync() =>
        _host.InScopeAsync(async services =>
            (await services.GetRequiredService<IRepository<Discount>>().Table.FirstAsync(d => d.CouponCode == SandboxDemoData.TemplateCouponCode)).Id);

    public Task<int> GetAffiliateIdAsync(string friendlyUrlName) =>
        _host.InScopeAsync(async services =>
            (await services.GetRequiredService<IRepository<Affiliate>>().Table.FirstAsync(a => a.FriendlyUrlName == friendlyUrlName)).Id);

    public Task<IList<AffiliateCoupon>> GetCouponsAsync(int templateId) =>
        _host.InScopeAsync(services => services.GetRequiredService<IRepository<AffiliateCoupon>>()
            .GetAllAsync(query => query.Where(c => c.TemplateDiscountId == templateId).OrderBy(c => c.Id)));

    public async Task<AffiliateCoupon> GetCouponAsync(int templateId, int affiliateId) =>
        (await GetCouponsAsync(templateId)).Single(c => c.AffiliateId == affiliateId);

    public Task<Discount> GetDiscountAsync(int discountId) =>
        _host.InScopeAsync(services => services.GetRequiredService<IRepository<Discount>>().GetByIdAsync(discountId));

    public Task<string> GetTrackingUrlAsync(AffiliateCoupon coupon) =>
        _host.InScopeAsync(async services =>
        {
            var affiliate = await services.GetRequiredService<IRepository<Affiliate>>().GetByIdAsync(coupon.AffiliateId);
            return services.GetRequiredService<IAffiliateCouponService>().GetCouponTrackingUrl(coupon, affiliate, _host.BaseAddress.ToString());
        });

    /// <summary>
    /// A new active affiliate with an address, for a test that changes its coupon.
    /// </summary>
    public Task<int> CreateAffiliateAsync(string friendlyUrlName) =>
        _host.InScopeAsync(async services =>
        {
            var address = new Nop.Core.Domain.Common.Address { FirstName = "Test", LastName = friendlyUrlName, Email = friendlyUrlName + "@example.com", CreatedOnUtc = _host.Clock.UtcNow };
            await services.GetRequiredService<IRepository<Nop.Core.Domain.Common.Address>>().InsertAsync(address);
            var affiliate = new Affiliate { AddressId = address.Id, FriendlyUrlName = friendlyUrlName, Active = true };
            await services.GetRequiredService<IRepository<Affiliate>>().InsertAsync(affiliate);
            return affiliate.Id;
        });

    /// <summary>
    /// Starts a run through the service and processes only its first batch, like a page closed after one batch.
    /// </summary>
    public Task<AffiliateCouponGenerationJob> StartInterruptedJobAsync(CouponGenerationRequest request, int firstBatchSize) =>
        _host.InScopeAsync(async services =>
        {
            var service = services.GetRequiredService<IAffiliateCouponService>();
            var start = await service.StartGenerationAsync(request);
            Assert.That(start.Problems, Is.Empty);
            return await service.ProcessNextBatchAsync(start.Job.Id, firstBatchSize);
        });
}
