using Microsoft.Playwright;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Browser;

/// <summary>
/// The admin Program members page as a person uses it: search, then a row's buttons in the DataTables grid.
/// </summary>
public sealed class MembersGridPage
{
    public const string Path = "/Admin/AffiliateTracking/Members";

    private readonly IPage _page;

    public MembersGridPage(IPage page)
    {
        _page = page;
    }

    public ILocator Result => _page.Locator("#members-result");

    /// <summary>
    /// The grid row of a customer's membership (its cells are drawn by the page's render functions).
    /// </summary>
    public ILocator Row(string email) => _page.Locator($"#members-grid tbody tr:has(.member-actions[data-customer-email='{email}'])");

    public ILocator Status(string email) => Row(email).Locator(".member-status");

    public async Task OpenAsync(string keywords = null)
    {
        await _page.GotoAsync(keywords is null ? Path : $"{Path}?SearchKeywords={Uri.EscapeDataString(keywords)}");
        await GridLoadedAsync();
    }

    public async Task SearchAsync(string keywords, string statusId = "0")
    {
        await _page.FillAsync("#SearchKeywords", keywords);
        await _page.SelectOptionAsync("#SearchStatusId", statusId);
        await _page.ClickAsync("#search-members");
        await GridLoadedAsync();
    }

    /// <summary>
    /// Clicks a row's button (Approve, Reject, Suspend, Reinstate) with an optional note and waits for the message.
    /// </summary>
    public async Task DecideAsync(string email, string action, string note = null)
    {
        var actions = Row(email).Locator(".member-actions");
        if (note is not null)
            await actions.Locator("input[name='AdminNote']").FillAsync(note);
        await _page.EvaluateAsync("() => { const r = document.getElementById('members-result'); r.hidden = true; delete r.dataset.state; }");
        await actions.Locator($".member-{action.ToLowerInvariant()}").ClickAsync();
        await Result.And(_page.Locator("[data-state]")).WaitForAsync();
        await GridLoadedAsync();
    }

    private Task GridLoadedAsync() => _page.Locator("#members-grid[data-state='loaded']").WaitForAsync();
}
