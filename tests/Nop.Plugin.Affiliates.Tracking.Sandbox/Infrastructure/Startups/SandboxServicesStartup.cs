using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core;
using Nop.Core.Configuration;
using Nop.Core.Events;
using Nop.Core.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Factories;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Mvc;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Mvc;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Services;
using Nop.Services.Affiliates;
using Nop.Services.Common;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Discounts;
using Nop.Services.Events;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Orders;
using Nop.Services.Plugins;
using Nop.Services.ScheduleTasks;
using Nop.Services.Security;
using Nop.Web.Framework.Mvc.Routing;
using Nop.Web.Framework.UI;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Startups;

/// <summary>
/// Stands in for Nop.Web.Framework's NopStartup (Order 2000): the test doubles of the nopCommerce services (all scoped,
/// over the database), every ISettings class resolved through ISettingService for the current store, and every
/// IConsumer&lt;T&gt; of the plugin registered once per closed interface, scoped, like nopCommerce does automatically.
/// Also the sandbox storefront's own services.
/// </summary>
public sealed class SandboxServicesStartup : INopStartup
{
    private readonly SandboxClock _clock;
    private readonly SandboxEventLog _eventLog;

    public SandboxServicesStartup(SandboxClock clock, SandboxEventLog eventLog)
    {
        _clock = clock;
        _eventLog = eventLog;
    }

    public int Order => 2000;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_clock);
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton(_eventLog);
        services.AddSingleton<SandboxPluginRegistry>();
        services.AddSingleton<SandboxStoreUrl>();

        services.AddScoped<IEventPublisher, SandboxEventPublisher>();
        services.AddSingleton<SandboxSettingCache>();
        services.AddScoped<ISettingService, SandboxSettingService>();
        services.AddScoped<ILocalizationService, SandboxLocalizationService>();
        services.AddScoped<IPermissionService, SandboxPermissionService>();
        services.AddScoped<IWorkContext, SandboxWorkContext>();
        services.AddScoped<IStoreContext, SandboxStoreContext>();
        services.AddScoped<IWebHelper, SandboxWebHelper>();
        services.AddScoped<INotificationService, SandboxNotificationService>();
        services.AddScoped<IDiscountService, SandboxDiscountService>();
        services.AddScoped<ICustomerService, SandboxCustomerService>();
        services.AddScoped<IGenericAttributeService, SandboxGenericAttributeService>();
        services.AddScoped<IOrderService, SandboxOrderService>();
        services.AddScoped<IAffiliateService, SandboxAffiliateService>();
        services.AddScoped<IAddressService, SandboxAddressService>();
        services.AddScoped<IScheduleTaskService, SandboxScheduleTaskService>();
        services.AddScoped<Nop.Services.Logging.ILogger, SandboxLogger>();
        services.AddScoped<IUserAgentHelper, SandboxUserAgentHelper>();
        services.AddScoped<INopUrlHelper, SandboxNopUrlHelper>();
        services.AddScoped<INopHtmlHelper, SandboxNopHtml>();
        services.AddScoped(typeof(IPluginManager<>), typeof(SandboxPluginManager<>));
        // Commission ledger (issue 6)
        services.AddScoped<Nop.Services.Catalog.ICategoryService, SandboxCategoryService>();
        services.AddScoped<Nop.Services.Directory.ICurrencyService, SandboxCurrencyService>();
        // Program membership: e-mails through message templates (issue 7)
        services.AddSingleton<SandboxMailbox>();
        services.AddScoped<IMessageTemplateService, SandboxMessageTemplateService>();
        services.AddScoped<IEmailAccountService, SandboxEmailAccountService>();
        services.AddScoped<IWorkflowMessageService, SandboxWorkflowMessageService>();
        services.AddScoped<ILanguageService, SandboxLanguageService>();
        // Store-scoped settings (issue 7)
        services.AddScoped<Nop.Services.Stores.IStoreService, SandboxStoreService>();

        services.AddScoped<SandboxLocalizer>();
        services.AddScoped<SandboxCartService>();
        services.AddScoped<SandboxCouponService>();
        services.AddScoped<SandboxSignInService>();
        services.AddScoped<SandboxRegistrationService>();
        services.AddScoped<SandboxOrderTotalCalculator>();
        services.AddScoped<SandboxOrderProcessingService>();
        services.AddScoped<SandboxOrderApiModelFactory>();

        RegisterSettings(services);
        RegisterConsumers(services);
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    private static void RegisterSettings(IServiceCollection services)
    {
        // nopCommerce registers the settings classes of every assembly (here the surface's three and the plugin's), loaded
        // for the current store.
        var assemblies = new[] { typeof(ISettings).Assembly, typeof(ISettingService).Assembly, typeof(INopHtmlHelper).Assembly, SandboxPluginTypes.PluginAssembly }.Distinct();

        foreach (var type in assemblies.SelectMany(GetSettingsTypes))
            services.AddScoped(type, provider => provider.GetRequiredService<ISettingService>().LoadSetting(type, provider.GetRequiredService<IStoreContext>().GetCurrentStore().Id));
    }

    private static IEnumerable<Type> GetSettingsTypes(Assembly assembly) =>
        assembly.GetExportedTypes().Where(type => type.IsClass && !type.IsAbstract && typeof(ISettings).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) != null);

    private static void RegisterConsumers(IServiceCollection services)
    {
        foreach (var (implementation, service) in SandboxPluginTypes.FindImplementationsOfOpenGeneric(typeof(IConsumer<>)))
            services.AddScoped(service, implementation);
    }
}
