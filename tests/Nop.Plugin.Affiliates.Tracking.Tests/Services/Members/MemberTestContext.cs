using Moq;
using Nop.Core;
using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Services;
using Nop.Plugin.Affiliates.Tracking.Services.Members;
using Nop.Plugin.Affiliates.Tracking.Services.Messages;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using Nop.Services.Configuration;
using Nop.Services.Customers;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Members;

/// <summary>
/// The membership service over a test database: the sandbox's affiliate and address services (real rows), customers in
/// the database with "registered" decided by <see cref="RegisteredCustomerIds"/>, and a mocked e-mail service.
/// </summary>
public sealed class MemberTestContext
{
    public static readonly DateTime Now = new(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    public MemberTestContext(TestDatabase database)
    {
        Database = database;
        Settings = new AffiliateTrackingSettings();
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<AffiliateTrackingSettings>(It.IsAny<int>())).ReturnsAsync(() => Settings);

        var customers = database.CreateRepository<Customer>();
        CustomerService = new Mock<ICustomerService>();
        CustomerService.Setup(s => s.GetCustomerByIdAsync(It.IsAny<int>())).Returns((int id) => customers.GetByIdAsync(id));
        CustomerService.Setup(s => s.IsRegisteredAsync(It.IsAny<Customer>(), It.IsAny<bool>()))
            .ReturnsAsync((Customer customer, bool _) => RegisteredCustomerIds.Contains(customer.Id));

        Messages = new Mock<IAffiliateTrackingMessageService>();
        Messages.Setup(m => m.SendApplicationReceivedAsync(It.IsAny<AffiliateMember>(), It.IsAny<Customer>())).ReturnsAsync(new List<int>());
        Messages.Setup(m => m.SendApplicationApprovedAsync(It.IsAny<AffiliateMember>(), It.IsAny<Customer>())).ReturnsAsync(new List<int>());

        AffiliateService = new SandboxAffiliateService(database.CreateRepository<Address>(), database.CreateRepository<Affiliate>(),
            database.CreateRepository<Order>(), Mock.Of<IWebHelper>());
        Clock = new ManualTimeProvider(Now);

        Service = new AffiliateMemberService(new SandboxAddressService(database.CreateRepository<Address>()), AffiliateService,
            Messages.Object, CustomerService.Object, database.CreateRepository<AffiliateMember>(), customers, settingService.Object, Mock.Of<IStoreContext>(c => c.GetCurrentStoreAsync() == Task.FromResult(new Nop.Core.Domain.Stores.Store { Id = 1 })), Clock);
    }

    public TestDatabase Database { get; }

    public AffiliateMemberService Service { get; }

    public AffiliateTrackingSettings Settings { get; }

    public HashSet<int> RegisteredCustomerIds { get; } = [];

    public Mock<ICustomerService> CustomerService { get; }

    public Mock<IAffiliateTrackingMessageService> Messages { get; }

    public SandboxAffiliateService AffiliateService { get; }

    public ManualTimeProvider Clock { get; }

    public async Task<Customer> AddCustomerAsync(string email, string firstName = null, string lastName = null, bool registered = true)
    {
        var customer = new Customer
        {
            CustomerGuid = Guid.NewGuid(), Email = email, Username = email, FirstName = firstName, LastName = lastName,
            Active = true, CreatedOnUtc = Now, LastActivityDateUtc = Now
        };
        await Database.CreateRepository<Customer>().InsertAsync(customer);
        if (registered)
            RegisteredCustomerIds.Add(customer.Id);

        return customer;
    }

    /// <summary>
    /// A registered customer who applied and was approved: a member linked to a new nopCommerce affiliate.
    /// </summary>
    public async Task<(Customer Customer, AffiliateMember Member)> AddAffiliateMemberAsync(string email, string firstName = "Ann", string lastName = "Lee")
    {
        var customer = await AddCustomerAsync(email, firstName, lastName);
        var applied = await Service.ApplyAsync(customer, new MemberApplication(true, null, null));
        var approved = await Service.ApproveAsync(applied.Member.Id);
        if (!approved.Success)
            throw new InvalidOperationException(string.Join(", ", approved.Errors));

        return (customer, approved.Member);
    }
}
