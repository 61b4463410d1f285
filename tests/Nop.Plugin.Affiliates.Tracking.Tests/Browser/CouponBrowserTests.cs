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
        // The finished page's grid is filtered to the new template (empty before the run), so codes appear only there.
        await page.WaitForSelectorAsync("#coupons-grid[data-state='loaded'] .coupon-code");
        var percents = progress.Select(int.Parse).ToList();
        var barText = await page.Locator("#coupon-progress-bar").TextContentAsync();
        var summary = await page.Locator("#coupon-progress-summary").TextContentAsync();
        var total = await page.Locator("#coupons-grid-wrapper [data-info]").TextContentAsync();
        var codes = await page.Locator("#coupons-grid .coupon-code").AllTextContentsAsync();
        var coupons = await CouponsAsync(templateId);

        Assert.That(percents.Where(p => p is > 0 and < 100).Distinct().Count(), Is.GreaterThanOrEqualTo(2), $"the bar moved batch by batch: {string.Join(", ", percents)}");
        Assert.That(percents, Is.Ordered, "and never went back");
        Assert.That(percents[^1], Is.EqualTo(100));
        Assert.That(barText?.Trim(), Is.EqualTo("100 %"));
        Assert.That(summary, Does.Contain($"{_activeAffiliates} of {_activeAffiliates} affiliates processed: {_activeAffiliates} codes created, 0 skipped"));
        Assert.That(total, Is.EqualTo($"1-{AffiliateTrackingDefaults.CouponListPageSize} / {_activeAffiliates}"), "server-side paging: one page of all");
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
        await page.WaitForSelectorAsync("#coupons-grid[data-state='loaded'] .coupon-code");
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

    [Test]
    public async Task CouponsGrid_FilterPageRegenerateAndDeactivate_WithAjaxAndRefresh()
    {
        var templateId = await CreateTemplateAsync("Grid template 7%", "GRID7");
        var job = await _server.Host.InScopeAsync(async services =>
        {
            var service = services.GetRequiredService<IAffiliateCouponService>();
            var start = await service.StartGenerationAsync(new CouponGenerationRequest
            {
                TemplateDiscountId = templateId, Pattern = CouponCodePattern.FromName, RandomLength = 5, StartDateUtc = _server.Host.Clock.UtcNow.Date
            });
            Assert.That(start.Problems, Is.Empty);
            return await service.ProcessNextBatchAsync(start.Job.Id, AffiliateTrackingDefaults.MaxCouponBatchSize);
        });
        Assert.That(job.Status, Is.EqualTo(CouponGenerationJobStatus.Completed), "one batch covers every affiliate");
        var (page, _) = await OpenAsAdminAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();

        await page.GotoAsync("/" + CouponTestSupport.CouponsPath);
        await page.SelectOptionAsync("#SearchTemplateDiscountId", templateId.ToString());
        await page.ClickAsync("#search-coupons");
        await Assertions.Expect(page.Locator("#coupons-grid-wrapper [data-info]")).ToHaveTextAsync($"1-{AffiliateTrackingDefaults.CouponListPageSize} / {_activeAffiliates}");
        await page.ClickAsync("#coupons-grid-wrapper [data-page='next']");
        await Assertions.Expect(page.Locator("#coupons-grid-wrapper [data-info]")).ToContainTextAsync($"{AffiliateTrackingDefaults.CouponListPageSize + 1}-");
        var firstCode = page.Locator("#coupons-grid tbody tr").First.Locator(".coupon-code");
        var couponId = int.Parse((await firstCode.GetAttributeAsync("data-coupon-id"))!);
        var oldCode = (await firstCode.TextContentAsync())!.Trim();
        var row = page.Locator($"#coupons-grid tbody tr:has(.coupon-code[data-coupon-id='{couponId}'])");

        await row.Locator(".coupon-regenerate").ClickAsync();
        await Assertions.Expect(page.Locator("#coupons-result[data-state='success']")).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator(".coupon-code")).Not.ToHaveTextAsync(oldCode);
        var regenerated = (await CouponsAsync(templateId)).Single(c => c.Id == couponId);
        await Assertions.Expect(row.Locator(".coupon-code")).ToHaveTextAsync(regenerated.CouponCode);
        Assert.That(await page.Locator("#coupons-result").TextContentAsync(), Does.Contain(regenerated.CouponCode), "the result message names the new code");
        Assert.That(await page.Locator("#coupons-grid-wrapper [data-info]").TextContentAsync(), Does.StartWith($"{AffiliateTrackingDefaults.CouponListPageSize + 1}-"), "the grid reloads its current page");

        await row.Locator(".coupon-deactivate").ClickAsync();
        await Assertions.Expect(row.Locator(".coupon-status")).ToHaveAttributeAsync("data-active", "false");
        Assert.That(await row.Locator(".coupon-deactivate").CountAsync(), Is.Zero, "an inactive code offers no Deactivate");
        Assert.That((await CouponsAsync(templateId)).Single(c => c.Id == couponId).Active, Is.False);
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
