using Microsoft.AspNetCore.Mvc;
using Nop.Core.Events;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;
using Nop.Web.Models.Customer;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Components;

/// <summary>
/// Stands in for nopCommerce's CustomerNavigationViewComponent ("My account" navigation). The sandbox has no core account
/// pages, so its own list is empty; like NopViewComponent.View, it publishes ModelPreparedEvent&lt;BaseNopModel&gt;
/// before rendering, which is where plugins add their entries.
/// </summary>
public class CustomerNavigationViewComponent : ViewComponent
{
    private readonly IEventPublisher _eventPublisher;

    public CustomerNavigationViewComponent(IEventPublisher eventPublisher)
    {
        _eventPublisher = eventPublisher;
    }

    public async Task<IViewComponentResult> InvokeAsync(int selectedTabId = 0)
    {
        var model = new CustomerNavigationModel { SelectedTab = selectedTabId };
        await _eventPublisher.PublishAsync(new ModelPreparedEvent<BaseNopModel>(model));

        return View(model);
    }
}
