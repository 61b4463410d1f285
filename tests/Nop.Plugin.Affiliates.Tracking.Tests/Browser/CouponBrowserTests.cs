using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Discounts;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Services.Coupons;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Browser;

/// <summary>
/// The affiliate coupons admin page in headless Chromium (SQLite sandbox with 600 extra affiliates, so a run takes
/// three batches of <see cref="AffiliateTrackingDefaults.DefaultCouponBatchSize"/>): the form, the progress bar the
/// page's script advances batch by batch, the codes listed afterwards, and resuming a run interrupted after one batch.
/// </summary>
[TestFixture]
[NonParallelizable]
public class CouponBrowserTests
{
    private const int ExtraAffiliates = 600;

    // Reports every value the progress bar shows, from any page the test opens.
    private const string ProgressObserver = """
        document.addEventListener('DOMContentLoaded', function () {
            var bar = document.getElementById('coupon-progress-bar');
            if (!bar) return;
            window.recordProgress(bar.getAttribute('aria-valuenow'));
            new MutationObserver(function () { window.recordProgress(bar.getAttribute('aria-valuenow')); })
                .observe(bar, { attributes: true, attributeFilter: ['aria-valuenow'] });
        });
        """;

    private IBrowser _browser;
    private IPlaywright _playwright;
    private SandboxTestServer _server;
    private int _activeAffiliates;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        BrowserEnvironment.RequireChromium();
        _server = await SandboxTestServer.StartAsync(DatabaseEngine.Sqlite);
        _activeAffiliates = await _server.Host.InScopeAsync(async services =>
        {
            var addresses = services.GetRequiredService<IRepository<Address>>();
            var affiliates = services.GetRequiredService<IRepository<Affiliate>>();
            var newAddresses = Enumerable.Range(0, ExtraAffiliates)
                .Select(i => new Address { FirstName = "Browser", LastName = "Partner" + i, Email = $"partner{i}@example.com", CreatedOnUtc = DateTime.UtcNow })
                .ToList();
            await addresses.InsertAsync(newAddresses, false);
            await affiliates.InsertAsync(newAddresses.Select((address, i) => new Affiliate { AddressId = address.Id, FriendlyUrlName = $"partner{i}", Active = true }).ToList(), false);
            return await affiliates.Table.CountAsync(a => a.Active && !a.Deleted);
        });
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserEnvironment.LaunchAsync(_playwright);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser != null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server != null)
            await _server.DisposeAsync();
    }

    [Test]
    public async Task CouponsPage_GenerateForAllAffiliates_ProgressBarAdvancesBatchByBatchAndCodesAppear()
    {
        var templateId = await CreateTemplateAsync("Browser template 15%", "BROWSER15");
        var (page, progress) = await OpenAsAdminAsync();

        await page.GotoAsync("/" + CouponTestSupport.CouponsPath);
        await page.SelectOptionAsync("#Generation_TemplateDiscountId", templateId.ToString());
        await page.SelectOptionAsync("#Generation_PatternId", ((int)CouponCodePattern.PrefixRandom).ToString());
        await page.FillAsync("#Generation_Prefix", "WEB");
        await page.FillAsync("#Generation_Note", "Generated in the browser test");
        Assert.That(await page.IsCheckedAsync("#Generation_AllAffiliates"), Is.True, "all active affiliates by default");
        Assert.That(await page.InputValueAsync("#Generation_StartDate"), Is.EqualTo(_server.Host.Clock.UtcNow.ToString("yyyy-MM-dd")), "start date defaults to today");
        await page.ClickAsync("#coupon-generate");

        await page.WaitForFunctionAsync("() => document.getElementById('coupon-progress-status')?.textContent.includes('All codes have been generated')",
            null, new PageWaitForFunctionOptions { Timeout = 120_000 });
        await page.WaitForSelectorAsync("#coupon-table");
        var percents = progress.Select(int.Parse).ToList();
        var barText = await page.Locator("#coupon-progress-bar").TextContentAsync();
        var summary = await page.Locator("#coupon-progress-summary").TextContentAsync();
        var total = await page.Locator("#coupon-list-total").TextContentAsync();
        var codes = await page.Locator("#coupon-table .coupon-code").AllTextContentsAsync();
        var coupons = await CouponsAsync(templateId);

        Assert.That(percents.Where(p => p is > 0 and < 100).Distinct().Count(), Is.GreaterThanOrEqualTo(2), $"the bar moved batch by batch: {string.Join(", ", percents)}");
        Assert.That(percents, Is.Ordered, "and never went back");
        Assert.That(percents[^1], Is.EqualTo(100));
        Assert.That(barText?.Trim(), Is.EqualTo("100 %"));
        Assert.That(summary, Does.Contain($"{_activeAffiliates} of {_activeAffiliates} affiliates processed: {_activeAffiliates} codes created, 0 skipped"));
        Assert.That(total, Does.StartWith($"{_activeAffiliates} codes"));
        Assert.That(coupons, Has.Count.EqualTo(_activeAffiliates));
        Assert.That(codes, Has.Count.EqualTo(AffiliateTrackingDefaults.CouponListPageSize));
        Assert.That(codes, Has.All.StartWith("WEB"));
        Assert.That(codes.Select(code => code.Trim()), Is.SubsetOf(coupons.Select(c => c.CouponCode)));
    }

    [Test]
    public async Task CouponsPage_InterruptedRun_ResumeFinishesItWithoutDuplicates()
    {
        var templateId = await CreateTemplateAsync("Resume template 5%", "RESUME5");
        var interrupted = await _server.Host.InScopeAsync(async services =>
        {
            var service = services.GetRequiredService<IAffiliateCouponService>();
            var start = await service.StartGenerationAsync(new CouponGenerationRequest
            {
                TemplateDiscountId = templateId, Pattern = CouponCodePattern.FromName, RandomLength = 5, StartDateUtc = _server.Host.Clock.UtcNow.Date
            });
            Assert.That(start.Problems, Is.Empty);
            // The page was closed after one small batch.
            return await service.ProcessNextBatchAsync(start.Job.Id, 100);
        });
        var (page, progress) = await OpenAsAdminAsync();

        await page.GotoAsync("/" + CouponTestSupport.CouponsPath);
        var row = page.Locator($"#unfinished-jobs tr.unfinished-job[data-job-id='{interrupted.Id}']");
        var rowText = await row.TextContentAsync();
        await row.Locator(".coupon-resume").ClickAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('coupon-progress-status')?.textContent.includes('All codes have been generated')",
            null, new PageWaitForFunctionOptions { Timeout = 120_000 });
        await page.WaitForSelectorAsync("#coupon-table");
        var percents = progress.Select(int.Parse).ToList();
        var coupons = await CouponsAsync(templateId);
        var unfinishedAfter = await page.Locator($"#unfinished-jobs tr.unfinished-job[data-job-id='{interrupted.Id}']").CountAsync();

        Assert.That(interrupted.Status, Is.EqualTo(CouponGenerationJobStatus.Running));
        Assert.That(rowText, Does.Contain("Resume template 5%").And.Contain($"100 of {_activeAffiliates}"));
        Assert.That(percents[0], Is.EqualTo(100 * 100 / _activeAffiliates), "the bar starts where the run stopped");
        Assert.That(percents[^1], Is.EqualTo(100));
        Assert.That(coupons, Has.Count.EqualTo(_activeAffiliates), "one code per affiliate");
        Assert.That(coupons.Select(c => c.AffiliateId).Distinct().Count(), Is.EqualTo(_activeAffiliates), "nobody twice");
        Assert.That(unfinishedAfter, Is.Zero, "the run is no longer offered for resuming");
    }

    private async Task<(IPage Page, ConcurrentQueue<string> Progress)> OpenAsAdminAsync()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _server.BaseAddress.ToString() });
        var progress = new ConcurrentQueue<string>();
        await context.ExposeFunctionAsync("recordProgress", (string value) => progress.Enqueue(value));
        await context.AddInitScriptAsync(ProgressObserver);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/sandbox/login");
        await page.FillAsync("#Email", SandboxDemoData.AdminEmail);
        await page.FillAsync("#Password", SandboxDemoData.AdminPassword);
        await page.ClickAsync("#login-button");
        await page.WaitForURLAsync(url => !url.Contains("/sandbox/login"));

        return (page, progress);
    }

    private Task<int> CreateTemplateAsync(string name, string code) =>
        _server.Host.InScopeAsync(async services =>
        {
            var discount = new Discount
            {
                Name = name, CouponCode = code, RequiresCouponCode = true, IsActive = true, UsePercentage = true, DiscountPercentage = 5,
                DiscountType = DiscountType.AssignedToOrderSubTotal, DiscountLimitation = DiscountLimitationType.Unlimited
            };
            await services.GetRequiredService<IRepository<Discount>>().InsertAsync(discount);
            return discount.Id;
        });

    private Task<IList<AffiliateCoupon>> CouponsAsync(int templateId) =>
        _server.Host.InScopeAsync(services => services.GetRequiredService<IRepository<AffiliateCoupon>>()
            .GetAllAsync(query => query.Where(c => c.TemplateDiscountId == templateId)));
}
