using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Stores;
using Nop.Core.Security;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Localization;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Data;

/// <summary>
/// Creates what every sandbox needs (store 1, language 1, the system customer roles, install-time settings and the core
/// resources the sandbox pages use) and, when asked, the demo data. Idempotent: existing rows are left alone.
/// </summary>
public static class SandboxSeeder
{
    private static readonly Dictionary<string, string> _coreResources = new()
    {
        ["Admin.AccessDenied.Description"] = "You do not have permission to perform the selected operation.",
        ["Admin.Common.Save"] = "Save",
        ["ShoppingCart.DiscountCouponCode.Applied"] = "The coupon code was applied.",
        ["ShoppingCart.DiscountCouponCode.WrongDiscount"] = "The coupon code cannot be applied to your cart.",
        ["ShoppingCart.DiscountCouponCode.CannotBeFound"] = "The coupon code cannot be found.",
        ["ShoppingCart.DiscountCouponCode.Empty"] = "Enter a coupon code.",
        ["ShoppingCart.DiscountCouponCode.Activated"] = "The coupon code {0} is activated and will apply at checkout.",
        ["ShoppingCart.DiscountCouponCode.Invalid"] = "The coupon code {0} is not valid.",
        ["ShoppingCart.Discount.NotStartedYet"] = "The discount has not started yet.",
        ["ShoppingCart.Discount.Expired"] = "The discount has expired.",
        ["ShoppingCart.Discount.CannotBeUsedAnymore"] = "You cannot use this discount anymore.",
        ["ShoppingCart.Discount.CannotBeUsed"] = "You cannot use this discount."
    };

    public static async Task SeedAsync(IServiceProvider services, bool demoData, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var clock = provider.GetRequiredService<TimeProvider>();

        await SeedStoreAsync(provider.GetRequiredService<IRepository<Store>>());
        await SeedLanguageAsync(provider.GetRequiredService<IRepository<Language>>());
        await SeedRolesAsync(provider.GetRequiredService<IRepository<CustomerRole>>());
        await SeedSettingsAsync(provider.GetRequiredService<ISettingService>());
        await SeedResourcesAsync(provider.GetRequiredService<ILocalizationService>());
        await SeedEmailAccountAsync(provider.GetRequiredService<IRepository<EmailAccount>>(), provider.GetRequiredService<ISettingService>());

        if (!demoData)
            return;

        var now = clock.GetUtcNow().UtcDateTime;
        await SeedCustomerAsync(provider, SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword, "Ada", "Admin", now,
            NopCustomerDefaults.AdministratorsRoleName, NopCustomerDefaults.RegisteredRoleName);
        await SeedCustomerAsync(provider, SandboxDemoData.ShopperEmail, SandboxDemoData.ShopperPassword, "Sam", "Shopper", now,
            NopCustomerDefaults.RegisteredRoleName);
        await SeedCustomerAsync(provider, SandboxDemoData.AffiliateCustomerEmail, SandboxDemoData.AffiliateCustomerPassword, "Alice", "Anders", now,
            NopCustomerDefaults.RegisteredRoleName);
        await SeedAffiliatesAsync(provider.GetRequiredService<IRepository<Affiliate>>(), provider.GetRequiredService<IRepository<Address>>(), now);
        await SeedProductsAsync(provider.GetRequiredService<IRepository<Product>>(), now);
        await SeedTemplateDiscountAsync(provider.GetRequiredService<IRepository<Discount>>());
        await SeedAffiliateMemberAsync(provider, now);
    }

    // nopCommerce installs one e-mail account and makes it the default; the sandbox queues e-mails in memory only.
    private static async Task SeedEmailAccountAsync(IRepository<EmailAccount> accounts, ISettingService settingService)
    {
        if (!await accounts.Table.AnyAsync())
        {
            await accounts.InsertAsync(new EmailAccount
            {
                Email = SandboxDemoData.StoreEmail, DisplayName = "Sandbox store", Host = "localhost", Port = 25,
                EmailAuthenticationMethod = EmailAuthenticationMethod.None, MaxNumberOfEmails = 50
            }, false);
        }

        var settings = await settingService.LoadSettingAsync<EmailAccountSettings>();
        if (settings.DefaultEmailAccountId == 0)
        {
            settings.DefaultEmailAccountId = (await accounts.Table.OrderBy(account => account.Id).FirstAsync()).Id;
            await settingService.SaveSettingAsync(settings);
        }
    }

    // The demo affiliate login is the program member of affiliate "alice", as if she had applied and been approved.
    private static async Task SeedAffiliateMemberAsync(IServiceProvider provider, DateTime now)
    {
        var customer = await provider.GetRequiredService<ICustomerService>().GetCustomerByEmailAsync(SandboxDemoData.AffiliateCustomerEmail);
        var affiliate = await provider.GetRequiredService<IRepository<Affiliate>>().Table.FirstOrDefaultAsync(a => a.FriendlyUrlName == "alice");
        var members = provider.GetRequiredService<IRepository<AffiliateMember>>();
        if (customer is null || affiliate is null || await members.Table.AnyAsync(member => member.CustomerId == customer.Id))
            return;

        await members.InsertAsync(new AffiliateMember
        {
            CustomerId = customer.Id, AffiliateId = affiliate.Id, Status = MemberStatus.Approved,
            TermsAcceptedOnUtc = now, AppliedOnUtc = now, DecidedOnUtc = now, AdminNote = "Sandbox demo member"
        }, false);
    }

    private static async Task SeedStoreAsync(IRepository<Store> repository)
    {
        if (await repository.Table.AnyAsync())
            return;

        await repository.InsertAsync(new Store
        {
            Name = "Sandbox store",
            Url = SandboxOptions.DefaultUrl + "/",
            Hosts = "127.0.0.1",
            DefaultLanguageId = 1,
            CompanyName = "Sandbox Ltd (test double, not a real shop)"
        }, false);
    }

    private static async Task SeedLanguageAsync(IRepository<Language> repository)
    {
        if (await repository.Table.AnyAsync())
            return;

        await repository.InsertAsync(new Language { Name = "English", LanguageCulture = "en-US", UniqueSeoCode = "en", Published = true, DisplayOrder = 1 }, false);
    }

    private static async Task SeedRolesAsync(IRepository<CustomerRole> repository)
    {
        string[] systemNames =
        [
            NopCustomerDefaults.AdministratorsRoleName, NopCustomerDefaults.ForumModeratorsRoleName, NopCustomerDefaults.RegisteredRoleName,
            NopCustomerDefaults.GuestsRoleName, NopCustomerDefaults.VendorsRoleName
        ];

        foreach (var systemName in systemNames)
            if (!await repository.Table.AnyAsync(role => role.SystemName == systemName))
                await repository.InsertAsync(new CustomerRole { Name = systemName, SystemName = systemName, Active = true, IsSystemRole = true }, false);
    }

    private static async Task SeedSettingsAsync(ISettingService settingService)
    {
        // nopCommerce's installation default: the guest cookie lives a year.
        var cookieSettings = new CookieSettings();
        if (!await settingService.SettingExistsAsync(cookieSettings, settings => settings.CustomerCookieExpires))
        {
            cookieSettings.CustomerCookieExpires = 24 * 365;
            cookieSettings.CompareProductsCookieExpires = 24 * 10;
            cookieSettings.RecentlyViewedProductsCookieExpires = 24 * 10;
            await settingService.SaveSettingAsync(cookieSettings);
        }
    }

    private static async Task SeedResourcesAsync(ILocalizationService localizationService)
    {
        var missing = new Dictionary<string, string>();
        foreach (var (key, value) in _coreResources)
            if (await localizationService.GetLocaleStringResourceByNameAsync(key, 1, false) == null)
                missing[key] = value;

        if (missing.Count > 0)
            await localizationService.AddOrUpdateLocaleResourceAsync(missing);
    }

    private static async Task SeedCustomerAsync(IServiceProvider provider, string email, string password, string firstName, string lastName,
        DateTime now, params string[] roleSystemNames)
    {
        var customerService = provider.GetRequiredService<ICustomerService>();
        if (await customerService.GetCustomerByEmailAsync(email) != null)
            return;

        var customer = new Customer
        {
            CustomerGuid = Guid.NewGuid(),
            Email = email,
            Username = email,
            FirstName = firstName,
            LastName = lastName,
            Active = true,
            CreatedOnUtc = now,
            LastActivityDateUtc = now,
            RegisteredInStoreId = 1
        };
        await customerService.InsertCustomerAsync(customer);

        var mappings = provider.GetRequiredService<IRepository<SandboxCustomerRoleMapping>>();
        foreach (var systemName in roleSystemNames)
        {
            var role = await customerService.GetCustomerRoleBySystemNameAsync(systemName);
            await mappings.InsertAsync(new SandboxCustomerRoleMapping { CustomerId = customer.Id, CustomerRoleId = role.Id }, false);
        }

        var (hash, salt) = SandboxPasswordHasher.Hash(password);
        await provider.GetRequiredService<IRepository<SandboxCustomerPassword>>()
            .InsertAsync(new SandboxCustomerPassword { CustomerId = customer.Id, PasswordHash = hash, PasswordSalt = salt, CreatedOnUtc = now }, false);
    }

    private static async Task SeedAffiliatesAsync(IRepository<Affiliate> affiliates, IRepository<Address> addresses, DateTime now)
    {
        foreach (var (friendlyUrlName, firstName, lastName, email) in SandboxDemoData.Affiliates)
        {
            if (await affiliates.Table.AnyAsync(affiliate => affiliate.FriendlyUrlName == friendlyUrlName))
                continue;

            var address = new Address { FirstName = firstName, LastName = lastName, Email = email, City = "Sandbox City", CreatedOnUtc = now };
            await addresses.InsertAsync(address, false);
            await affiliates.InsertAsync(new Affiliate { AddressId = address.Id, FriendlyUrlName = friendlyUrlName, Active = true, AdminComment = "Sandbox demo affiliate" }, false);
        }
    }

    private static async Task SeedProductsAsync(IRepository<Product> repository, DateTime now)
    {
        var displayOrder = 0;
        foreach (var (name, shortDescription, price, isShipEnabled) in SandboxDemoData.Products)
        {
            displayOrder++;
            if (await repository.Table.AnyAsync(product => product.Name == name))
                continue;

            await repository.InsertAsync(new Product
            {
                Name = name,
                ShortDescription = shortDescription,
                Sku = "SBX-" + displayOrder,
                ProductTypeId = 5,
                VisibleIndividually = true,
                Price = price,
                ProductCost = Math.Round(price / 2, 2),
                IsShipEnabled = isShipEnabled,
                OrderMinimumQuantity = 1,
                OrderMaximumQuantity = 10000,
                StockQuantity = 10000,
                Published = true,
                DisplayOrder = displayOrder,
                CreatedOnUtc = now,
                UpdatedOnUtc = now
            }, false);
        }
    }

    private static async Task SeedTemplateDiscountAsync(IRepository<Discount> repository)
    {
        if (await repository.Table.AnyAsync(discount => discount.Name == SandboxDemoData.TemplateDiscountName))
            return;

        await repository.InsertAsync(new Discount
        {
            Name = SandboxDemoData.TemplateDiscountName,
            AdminComment = "Template for affiliate coupons (sandbox demo data)",
            DiscountType = DiscountType.AssignedToOrderSubTotal,
            UsePercentage = true,
            DiscountPercentage = SandboxDemoData.TemplateDiscountPercentage,
            RequiresCouponCode = true,
            CouponCode = SandboxDemoData.TemplateCouponCode,
            DiscountLimitation = DiscountLimitationType.Unlimited,
            IsActive = true
        }, false);
    }
}
