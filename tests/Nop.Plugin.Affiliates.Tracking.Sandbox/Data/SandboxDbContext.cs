using Microsoft.EntityFrameworkCore;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Security;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Data;

/// <summary>
/// The test database model plus what only the sandbox store persists: cart lines, logins, roles and generic attributes.
/// </summary>
public class SandboxDbContext : NopTestDbContext
{
    /// <summary>
    /// Core entities the sandbox needs beyond <see cref="NopTestDbContext.CoreEntityTypes"/> (skipped if that list has them).
    /// </summary>
    public static readonly Type[] SandboxCoreEntityTypes =
    [
        typeof(CustomerRole),
        typeof(GenericAttribute),
        typeof(PermissionRecord),
        typeof(PermissionRecordCustomerRoleMapping),
        typeof(MessageTemplate),
        typeof(EmailAccount)
    ];

    public static readonly Type[] SandboxEntityTypes =
    [
        typeof(SandboxCartItem),
        typeof(SandboxCustomerRoleMapping),
        typeof(SandboxCustomerPassword)
    ];

    public SandboxDbContext(DbContextOptions options) : base(options)
    {
    }

    protected override void ConfigureAdditionalEntities(ModelBuilder modelBuilder, NopConventionMapper mapper)
    {
        foreach (var type in SandboxCoreEntityTypes.Where(type => !CoreEntityTypes.Contains(type)))
            mapper.Map(modelBuilder, type, type.Name);

        foreach (var type in SandboxEntityTypes)
            mapper.Map(modelBuilder, type, type.Name);

        modelBuilder.Entity<SandboxCustomerRoleMapping>().HasIndex(mapping => new { mapping.CustomerId, mapping.CustomerRoleId }).IsUnique();
        modelBuilder.Entity<SandboxCartItem>().HasIndex(item => item.CustomerId);
        modelBuilder.Entity<GenericAttribute>().HasIndex(attribute => new { attribute.EntityId, attribute.KeyGroup });
    }
}
