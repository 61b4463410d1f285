using Moq;
using Nop.Core;
using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Messages;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using Nop.Services.Affiliates;
using Nop.Services.Common;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Messages;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Messages;

[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class AffiliateTrackingMessageServiceTests : DatabaseFixture
{
    private readonly EmailAccount _account = new() { Id = 3, Email = "owner@store.example", DisplayName = "Store owner" };
    private AffiliateTrackingSettings _settings;
    private List<MessageTemplate> _templates;
    private List<(string Template, string To, IList<Token> Tokens, int LanguageId)> _sent;
    private Mock<IMessageTemplateService> _templateService;
    private Mock<IAffiliateService> _affiliateService;
    private Mock<IAddressService> _addressService;
    private Mock<ICustomerService> _customerService;

    public AffiliateTrackingMessageServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    [SetUp]
    public async Task SetUpAsync()
    {
        await Database.ClearAllTablesAsync();
        _settings = new AffiliateTrackingSettings();
        _templates = [];
        _sent = [];
        _templateService = new Mock<IMessageTemplateService>();
        _templateService.Setup(s => s.GetMessageTemplatesByNameAsync(It.IsAny<string>(), It.IsAny<int?>()))
            .ReturnsAsync((string name, int? _) => _templates.Where(t => t.Name == name).ToList());
        _templateService.Setup(s => s.InsertMessageTemplateAsync(It.IsAny<MessageTemplate>()))
            .Callback<MessageTemplate>(t => _templates.Add(t)).Returns(Task.CompletedTask);
        _templateService.Setup(s => s.DeleteMessageTemplateAsync(It.IsAny<MessageTemplate>()))
            .Callback<MessageTemplate>(t => _templates.Remove(t)).Returns(Task.CompletedTask);
        _affiliateService = new Mock<IAffiliateService>();
        _affiliateService.Setup(s => s.GetAffiliateFullNameAsync(It.IsAny<Affiliate>())).ReturnsAsync("Ann Lee");
        _addressService = new Mock<IAddressService>();
        _customerService = new Mock<ICustomerService>();
        _customerService.Setup(s => s.GetCustomerFullNameAsync(It.IsAny<Customer>())).ReturnsAsync((Customer c) => $"{c.FirstName} {c.LastName}");
    }

    private AffiliateTrackingMessageService CreateService()
    {
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<AffiliateTrackingSettings>(It.IsAny<int>())).ReturnsAsync(() => _settings);
        settingService.Setup(s => s.LoadSettingAsync<EmailAccountSettings>(It.IsAny<int>())).ReturnsAsync(new EmailAccountSettings { DefaultEmailAccountId = 3 });
        var accounts = new Mock<IEmailAccountService>();
        accounts.Setup(s => s.GetEmailAccountByIdAsync(3)).ReturnsAsync(_account);
        accounts.Setup(s => s.GetAllEmailAccountsAsync()).ReturnsAsync(new List<EmailAccount> { _account });
        var languages = new Mock<ILanguageService>();
        languages.Setup(s => s.GetAllLanguagesAsync(false, 0)).ReturnsAsync(new List<Language> { new() { Id = 1 } });
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = 1, Name = "Tea shop", Url = "https://store.example", DefaultLanguageId = 2 });
        var workflow = new Mock<IWorkflowMessageService>();
        workflow.Setup(s => s.SendNotificationAsync(It.IsAny<MessageTemplate>(), It.IsAny<EmailAccount>(), It.IsAny<int>(), It.IsAny<IList<Token>>(),
                It.IsAny<string>(), It.IsAny<string>(), null, null, null, null, null, null, null, false))
            .ReturnsAsync((MessageTemplate t, EmailAccount _, int languageId, IList<Token> tokens, string to, string _, string _, string _, string _, string _, string _, string _, string _, bool _) =>
            {
                _sent.Add((t.Name, to, tokens, languageId));
                return _sent.Count;
            });

        return new AffiliateTrackingMessageService(_addressService.Object, _affiliateService.Object, _customerService.Object, accounts.Object,
            languages.Object, _templateService.Object, Database.CreateRepository<AffiliateMember>(), settingService.Object, storeContext.Object, workflow.Object);
    }

    private static string TokenValue(IList<Token> tokens, string key) => tokens.Single(t => t.Key == key).Value?.ToString();

    private static Customer Ann => new() { Id = 11, Email = "ann@example.com", FirstName = "Ann", LastName = "Lee", LanguageId = 5 };

    [Test]
    public async Task InstallTemplatesAsync_InsertsMissingTemplatesOnceActiveWithDefaultAccount()
    {
        _templates.Add(new MessageTemplate { Name = AffiliateTrackingDefaults.PayoutSentTemplate, Subject = "edited by owner" });
        var service = CreateService();

        await service.InstallTemplatesAsync();
        await service.InstallTemplatesAsync();

        Assert.That(_templates.Select(t => t.Name), Is.EquivalentTo(AffiliateTrackingMessageTemplates.All.Select(t => t.Name)));
        Assert.That(_templates.Single(t => t.Name == AffiliateTrackingDefaults.PayoutSentTemplate).Subject, Is.EqualTo("edited by owner"));
        Assert.That(_templates.Where(t => t.Subject != "edited by owner"), Has.All.Matches<MessageTemplate>(t => t.IsActive && t.EmailAccountId == 3));
    }

    [Test]
    public async Task UninstallTemplatesAsync_RemovesThePluginsTemplatesOnly()
    {
        _templates.Add(new MessageTemplate { Name = "OrderPlaced.CustomerNotification" });
        var service = CreateService();
        await service.InstallTemplatesAsync();

        await service.UninstallTemplatesAsync();

        Assert.That(_templates.Select(t => t.Name), Is.EqualTo(new[] { "OrderPlaced.CustomerNotification" }));
    }

    [Test]
    public async Task EveryTemplate_UsesOnlyDocumentedTokens()
    {
        var documented = new[]
        {
            "Store.Name", "Store.URL", "Customer.Email", "Customer.FullName", "AffiliateProgram.Status", "AffiliateProgram.ApplicationMessage",
            "AffiliateProgram.AccountUrl", "AffiliateProgram.AdminUrl", "Affiliate.FullName", "Payout.Amount", "Payout.CurrencyCode",
            "Payout.Reference", "Payout.PaidOn", "Payout.Email"
        };
        var used = AffiliateTrackingMessageTemplates.All
            .SelectMany(t => System.Text.RegularExpressions.Regex.Matches(t.Subject + t.Body, "%([A-Za-z.]+)%").Select(m => m.Groups[1].Value))
            .Distinct();

        Assert.That(used, Is.SubsetOf(documented));
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "README.md"));
        Assert.That(documented, Has.All.Matches<string>(token => readme.Contains($"%{token}%")), "every token is documented in the README");
    }

    [Test]
    public async Task SendApplicationReceivedAsync_BothOn_ToStoreOwnerAndApplicantWithTokens()
    {
        var service = CreateService();
        await service.InstallTemplatesAsync();
        var member = new AffiliateMember { Id = 4, CustomerId = 11, Status = MemberStatus.Applied, ApplicationMessage = "Tea blog" };

        var ids = await service.SendApplicationReceivedAsync(member, Ann);

        Assert.That(ids, Has.Count.EqualTo(2));
        var owner = _sent.Single(s => s.Template == AffiliateTrackingDefaults.ApplicationReceivedStoreOwnerTemplate);
        var applicant = _sent.Single(s => s.Template == AffiliateTrackingDefaults.ApplicationReceivedApplicantTemplate);
        Assert.Multiple(() =>
        {
            Assert.That(owner.To, Is.EqualTo("owner@store.example"));
            Assert.That(owner.LanguageId, Is.EqualTo(2), "store owner: the store's language");
            Assert.That(TokenValue(owner.Tokens, "Customer.Email"), Is.EqualTo("ann@example.com"));
            Assert.That(TokenValue(owner.Tokens, "AffiliateProgram.ApplicationMessage"), Is.EqualTo("Tea blog"));
            Assert.That(TokenValue(owner.Tokens, "AffiliateProgram.AdminUrl"), Is.EqualTo("https://store.example/Admin/AffiliateTracking/Members"));
            Assert.That(applicant.To, Is.EqualTo("ann@example.com"));
            Assert.That(applicant.LanguageId, Is.EqualTo(5), "applicant: their own language");
            Assert.That(TokenValue(applicant.Tokens, "AffiliateProgram.AccountUrl"), Is.EqualTo("https://store.example/customer/affiliate"));
            Assert.That(TokenValue(applicant.Tokens, "Store.Name"), Is.EqualTo("Tea shop"));
        });
    }

    [TestCase(false, true, AffiliateTrackingDefaults.ApplicationReceivedApplicantTemplate)]
    [TestCase(true, false, AffiliateTrackingDefaults.ApplicationReceivedStoreOwnerTemplate)]
    [TestCase(false, false, null)]
    public async Task SendApplicationReceivedAsync_Settings_TurnEachOff(bool owner, bool applicant, string expected)
    {
        _settings.NotifyStoreOwnerOfApplications = owner;
        _settings.NotifyApplicantOfApplication = applicant;
        var service = CreateService();
        await service.InstallTemplatesAsync();

        await service.SendApplicationReceivedAsync(new AffiliateMember { CustomerId = 11 }, Ann);

        Assert.That(_sent.Select(s => s.Template), Is.EqualTo(expected is null ? Array.Empty<string>() : new[] { expected }));
    }

    [Test]
    public async Task SendApplicationApprovedAsync_InactiveTemplateOrSettingOff_SendsNothing()
    {
        var service = CreateService();
        await service.InstallTemplatesAsync();
        var member = new AffiliateMember { CustomerId = 11, Status = MemberStatus.Approved, PayoutEmail = "pay@example.com" };

        await service.SendApplicationApprovedAsync(member, Ann);
        Assert.That(_sent.Single().To, Is.EqualTo("pay@example.com"), "approved: to the payout e-mail when the member gave one");

        _templates.Single(t => t.Name == AffiliateTrackingDefaults.ApplicationApprovedTemplate).IsActive = false;
        await service.SendApplicationApprovedAsync(member, Ann);
        _templates.Single(t => t.Name == AffiliateTrackingDefaults.ApplicationApprovedTemplate).IsActive = true;
        _settings.NotifyAffiliateOfApproval = false;
        await service.SendApplicationApprovedAsync(member, Ann);

        Assert.That(_sent, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task SendPayoutSentAsync_PrefersPayoutEmailThenAccountThenAddress()
    {
        var affiliate = new Affiliate { Id = 21, AddressId = 8, Active = true };
        _affiliateService.Setup(s => s.GetAffiliateByIdAsync(21)).ReturnsAsync(affiliate);
        _addressService.Setup(s => s.GetAddressByIdAsync(8)).ReturnsAsync(new Address { Email = "address@example.com" });
        var service = CreateService();
        await service.InstallTemplatesAsync();
        var paidOn = new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc);

        // No membership: the nopCommerce affiliate's address.
        await service.SendPayoutSentAsync(21, 125.5m, "EUR", "PO-7", paidOn);

        var member = new AffiliateMember { CustomerId = 11, AffiliateId = 21, Status = MemberStatus.Approved, AppliedOnUtc = paidOn };
        await Database.CreateRepository<AffiliateMember>().InsertAsync(member);
        _customerService.Setup(s => s.GetCustomerByIdAsync(11)).ReturnsAsync(Ann);
        await service.SendPayoutSentAsync(21, 125.5m, "EUR", "PO-7", paidOn);

        member.PayoutEmail = "pay@example.com";
        await Database.CreateRepository<AffiliateMember>().UpdateAsync(member);
        await service.SendPayoutSentAsync(21, 125.5m, "EUR", "PO-7", paidOn);

        Assert.That(_sent.Select(s => s.To), Is.EqualTo(new[] { "address@example.com", "ann@example.com", "pay@example.com" }));
        var tokens = _sent.Last().Tokens;
        Assert.Multiple(() =>
        {
            Assert.That(_sent.Last().Template, Is.EqualTo(AffiliateTrackingDefaults.PayoutSentTemplate));
            Assert.That(TokenValue(tokens, "Payout.Amount"), Is.EqualTo("125.50"));
            Assert.That(TokenValue(tokens, "Payout.CurrencyCode"), Is.EqualTo("EUR"));
            Assert.That(TokenValue(tokens, "Payout.Reference"), Is.EqualTo("PO-7"));
            Assert.That(TokenValue(tokens, "Payout.PaidOn"), Is.EqualTo("2026-07-01"));
            Assert.That(TokenValue(tokens, "Affiliate.FullName"), Is.EqualTo("Ann Lee"));
        });
    }

    [Test]
    public async Task SendPayoutSentAsync_UnknownAffiliateNoAddressOrSettingOff_SendsNothing()
    {
        _affiliateService.Setup(s => s.GetAffiliateByIdAsync(22)).ReturnsAsync(new Affiliate { Id = 22, AddressId = 0 });
        _affiliateService.Setup(s => s.GetAffiliateByIdAsync(23)).ReturnsAsync(new Affiliate { Id = 23, AddressId = 9 });
        _addressService.Setup(s => s.GetAddressByIdAsync(9)).ReturnsAsync(new Address { Email = "x@example.com" });
        var service = CreateService();
        await service.InstallTemplatesAsync();

        Assert.That(await service.SendPayoutSentAsync(999, 1m, "EUR", "r", DateTime.UtcNow), Is.Empty);
        Assert.That(await service.SendPayoutSentAsync(22, 1m, "EUR", "r", DateTime.UtcNow), Is.Empty);
        _settings.NotifyAffiliateOfPayout = false;
        Assert.That(await service.SendPayoutSentAsync(23, 1m, "EUR", "r", DateTime.UtcNow), Is.Empty);
        Assert.That(_sent, Is.Empty);
    }
}
