using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Startups;

/// <summary>
/// Stands in for nopCommerce's NopDbStartup (Order 10): one EF Core context per scope and IRepository&lt;T&gt; over it,
/// publishing entity events through the scope's IEventPublisher.
/// </summary>
public sealed class SandboxDbStartup : INopStartup
{
    private readonly SandboxDatabase _database;

    public SandboxDbStartup(SandboxDatabase database)
    {
        _database = database;
    }

    public int Order => 10;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_database);
        services.AddScoped(_ => _database.CreateDbContext());
        services.AddScoped<NopTestDbContext>(provider => provider.GetRequiredService<SandboxDbContext>());
        services.AddScoped<DbContext>(provider => provider.GetRequiredService<SandboxDbContext>());
        services.AddScoped(typeof(IRepository<>), typeof(EfRepository<>));
    }

    public void Configure(IApplicationBuilder application)
    {
    }
}
