namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Data;

/// <summary>
/// The demo records the seeder creates; tests and the README refer to them.
/// </summary>
public static class SandboxDemoData
{
    public const string AdminEmail = "admin@sandbox.local";
    public const string AdminPassword = "admin";
    public const string ShopperEmail = "shopper@sandbox.local";
    public const string ShopperPassword = "shopper";
    public const string AffiliateCustomerEmail = "alice@sandbox.local";
    public const string AffiliateCustomerPassword = "alice";

    /// <summary>
    /// The sandbox's e-mail account: the store owner's address for notifications.
    /// </summary>
    public const string StoreEmail = "store@sandbox.local";

    public const string TemplateDiscountName = "Affiliate template 10%";
    public const string TemplateCouponCode = "TEMPLATE10";
    public const decimal TemplateDiscountPercentage = 10m;

    public static readonly IReadOnlyList<(string FriendlyUrlName, string FirstName, string LastName, string Email)> Affiliates =
    [
        ("alice", "Alice", "Anders", "alice@sandbox.local"),
        ("bob", "Bob", "Berg", "bob@sandbox.local"),
        ("carol", "Carol", "Chen", "carol@sandbox.local")
    ];

    public static readonly IReadOnlyList<(string Name, string ShortDescription, decimal Price, bool IsShipEnabled)> Products =
    [
        ("Sandbox T-shirt", "A soft cotton shirt with the sandbox logo.", 25.00m, true),
        ("Coffee mug", "Holds exactly one test run of coffee.", 12.50m, true),
        ("Hoodie", "Warm hoodie for long CI nights.", 59.99m, true),
        ("Sticker pack", "Ten stickers, no two alike.", 4.99m, true),
        ("E-book: Affiliate marketing", "A downloadable guide; no shipping needed.", 19.00m, false)
    ];
}
