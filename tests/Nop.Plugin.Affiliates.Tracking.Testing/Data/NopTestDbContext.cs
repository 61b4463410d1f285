using Microsoft.EntityFrameworkCore;
using Nop.Core;
using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Configuration;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Affiliates.Tracking.Data.Mapping;

namespace Nop.Plugin.Affiliates.Tracking.Testing.Data;

/// <summary>
/// EF Core model of the tables nopCommerce would create for the plugin's entities and for the core entities tests
/// and the sandbox persist. Columns follow nopCommerce's mapping convention (see <see cref="NopConventionMapper"/>);
/// plugin tables get their lengths, required flags and indexes from <see cref="PluginEntityConfiguration"/>.
/// Subclasses add their own entities by overriding <see cref="ConfigureAdditionalEntities"/>.
/// </summary>
public class NopTestDbContext : DbContext
{
    /// <summary>
    /// Core nopCommerce entities mapped next to the plugin's. Extend this list when a test or the sandbox
    /// persists another core entity.
    /// </summary>
    public static readonly Type[] CoreEntityTypes =
    [
        typeof(Customer),
        typeof(Affiliate),
        typeof(Address),
        typeof(Order),
        typeof(OrderItem),
        typeof(Discount),
        typeof(DiscountUsageHistory),
        typeof(DiscountRequirement),
        typeof(DiscountProductMapping),
        typeof(DiscountCategoryMapping),
        typeof(DiscountManufacturerMapping),
        typeof(Setting),
        typeof(Store),
        typeof(Language),
        typeof(LocaleStringResource),
        typeof(ScheduleTask),
        typeof(Product)
    ];

    public const string PluginDomainNamespace = "Nop.Plugin.Affiliates.Tracking.Domain";

    private static readonly Lazy<IReadOnlyList<Type>> _pluginEntityTypes = new(DiscoverPluginEntityTypes);

    public NopTestDbContext(DbContextOptions options) : base(options)
    {
    }

    /// <summary>
    /// Every concrete <see cref="BaseEntity"/> in the plugin's Domain namespace, found by reflection so new
    /// entities are mapped without touching the test infrastructure.
    /// </summary>
    public static IReadOnlyList<Type> PluginEntityTypes => _pluginEntityTypes.Value;

    /// <summary>
    /// The table nopCommerce uses for an entity: the plugin's name-compatibility mapping, else the class name.
    /// </summary>
    public static string GetTableName(Type entityType)
    {
        return new AffiliateTrackingNameCompatibility().TableNames.TryGetValue(entityType, out var name) ? name : entityType.Name;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var mapper = new NopConventionMapper(Database.ProviderName);

        foreach (var type in PluginEntityTypes.Concat(CoreEntityTypes))
        {
            if (typeof(DiscountMapping).IsAssignableFrom(type))
                MapDiscountMapping(modelBuilder, type);
            else
                mapper.Map(modelBuilder, type, GetTableName(type));
        }

        PluginEntityConfiguration.Apply(modelBuilder);

        ConfigureAdditionalEntities(modelBuilder, mapper);
    }

    /// <summary>
    /// Hook for subclasses (the sandbox) to map their own entities, typically with <paramref name="mapper"/>.
    /// </summary>
    protected virtual void ConfigureAdditionalEntities(ModelBuilder modelBuilder, NopConventionMapper mapper)
    {
    }

    // nopCommerce's discount-to-product/category/manufacturer tables have no identity column: the key is the pair.
    private static void MapDiscountMapping(ModelBuilder modelBuilder, Type type)
    {
        var entity = modelBuilder.Entity(type);
        entity.ToTable(GetTableName(type));
        entity.Ignore(nameof(BaseEntity.Id));
        entity.Property(nameof(DiscountMapping.DiscountId)).HasColumnName(nameof(DiscountMapping.DiscountId)).ValueGeneratedNever();
        entity.Property(nameof(DiscountMapping.EntityId)).HasColumnName(nameof(DiscountMapping.EntityId)).ValueGeneratedNever();
        entity.HasKey(nameof(DiscountMapping.DiscountId), nameof(DiscountMapping.EntityId));
    }

    private static IReadOnlyList<Type> DiscoverPluginEntityTypes()
    {
        return typeof(AffiliateTrackingNameCompatibility).Assembly.GetTypes()
            .Where(type => type.Namespace == PluginDomainNamespace
                && type.IsClass && !type.IsAbstract && !type.IsGenericTypeDefinition
                && typeof(BaseEntity).IsAssignableFrom(type))
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .ToList();
    }
}
