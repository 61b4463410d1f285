using Moq;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Affiliates.Tracking.Services.Events;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;
using Nop.Web.Models.Customer;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Events;

public class CustomerNavigationEventConsumerTests
{
    private static CustomerNavigationEventConsumer Create(bool registered, bool enabled = true)
    {
        var customers = new Mock<ICustomerService>();
        customers.Setup(s => s.IsRegisteredAsync(It.IsAny<Customer>(), It.IsAny<bool>())).ReturnsAsync(registered);
        var localization = new Mock<ILocalizationService>();
        localization.Setup(s => s.GetResourceAsync(It.IsAny<string>())).ReturnsAsync("Affiliate program");
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(new Customer { Id = 3 });
        return new CustomerNavigationEventConsumer(new AffiliateTrackingSettings { Enabled = enabled }, customers.Object, localization.Object, workContext.Object);
    }

    [Test]
    public async Task HandleEventAsync_RegisteredCustomer_AddsTabOnce()
    {
        var model = new CustomerNavigationModel();
        var consumer = Create(registered: true);

        await consumer.HandleEventAsync(new ModelPreparedEvent<BaseNopModel>(model));
        await consumer.HandleEventAsync(new ModelPreparedEvent<BaseNopModel>(model));

        var item = model.CustomerNavigationItems.Single();
        Assert.That(item.Tab, Is.EqualTo(200));
        Assert.That(item.RouteName, Is.EqualTo(AffiliateTrackingDefaults.AccountRouteName));
        Assert.That(item.Title, Is.EqualTo("Affiliate program"));
    }

    [TestCase(false, true)]
    [TestCase(true, false)]
    public async Task HandleEventAsync_GuestOrPluginOff_AddsNothing(bool registered, bool enabled)
    {
        var model = new CustomerNavigationModel();

        await Create(registered, enabled).HandleEventAsync(new ModelPreparedEvent<BaseNopModel>(model));

        Assert.That(model.CustomerNavigationItems, Is.Empty);
    }

    [Test]
    public async Task HandleEventAsync_OtherModel_Ignored()
    {
        var other = new CustomerNavigationItemModel { Title = "unchanged" };

        await Create(registered: true).HandleEventAsync(new ModelPreparedEvent<BaseNopModel>(other));

        Assert.That(other.Title, Is.EqualTo("unchanged"));
    }
}
