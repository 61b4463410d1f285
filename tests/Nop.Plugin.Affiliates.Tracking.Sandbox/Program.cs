using Microsoft.Extensions.Configuration;
using Nop.Plugin.Affiliates.Tracking.Sandbox;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;

// dotnet run --project tests/Nop.Plugin.Affiliates.Tracking.Sandbox [--Sandbox:Url=http://127.0.0.1:5080]
//   [--ConnectionStrings:Sandbox="Host=127.0.0.1;Database=aff_sandbox;Username=postgres;Password=postgres"] [--Sandbox:Database=PostgreSql]
//   [--Sandbox:ResetDatabase=true] [--Sandbox:Seed=false]
var configuration = new ConfigurationBuilder()
    .SetBasePath(Directory.GetCurrentDirectory())
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables()
    .AddCommandLine(args)
    .Build();

var options = new SandboxOptions
{
    ContentRootPath = Directory.GetCurrentDirectory(),
    PersistDataProtectionKeys = true,
    Args = args
};
configuration.GetSection(SandboxOptions.SectionName).Bind(options);
options.ConnectionString ??= configuration.GetConnectionString(SandboxOptions.ConnectionStringName);

// "Sandbox:Database" names the engine; without it, a PostgreSQL-style connection string (Host=...) is enough.
var engine = configuration[$"{SandboxOptions.SectionName}:Database"];
if (!string.IsNullOrEmpty(engine))
    options.DatabaseEngine = Enum.Parse<DatabaseEngine>(engine, ignoreCase: true);
else if (options.ConnectionString?.Contains("Host=", StringComparison.OrdinalIgnoreCase) == true)
    options.DatabaseEngine = DatabaseEngine.PostgreSql;

await using var host = await SandboxHost.StartAsync(options);

Console.WriteLine($"""

    Sandbox store (test double of a nopCommerce 4.90 shop) running the Affiliates.Tracking plugin
      Storefront:      {host.BaseAddress}
      Cart / checkout: {host.BaseAddress}cart   {host.BaseAddress}checkout
      Login:           {host.BaseAddress}sandbox/login
      Admin:           {host.BaseAddress}Admin   (plugin settings: {host.BaseAddress}Admin/AffiliateTracking/Configure)
      Order API:       {host.BaseAddress}sandbox/api/orders   (see the sandbox README section)
      Database:        {host.Database.Engine}
    Demo logins: {SandboxDemoData.AdminEmail} / {SandboxDemoData.AdminPassword} (admin), {SandboxDemoData.ShopperEmail} / {SandboxDemoData.ShopperPassword}, {SandboxDemoData.AffiliateCustomerEmail} / {SandboxDemoData.AffiliateCustomerPassword} (affiliate "alice")
    Affiliate links: {host.BaseAddress}?affiliate=alice  {host.BaseAddress}?affiliate=bob  {host.BaseAddress}?affiliate=carol
    Template coupon: {SandboxDemoData.TemplateCouponCode}
    Press Ctrl+C to stop.

    """);

await host.WaitForShutdownAsync();
