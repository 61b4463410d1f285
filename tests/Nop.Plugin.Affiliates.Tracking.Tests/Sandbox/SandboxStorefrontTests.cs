using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using System.Net;
using System.Text.RegularExpressions;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// The storefront pages as a browser without JavaScript uses them: cart, coupon box, ?discountcoupon=, checkout.
/// </summary>
[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class SandboxStorefrontTests : SandboxFixture
{
    private static readonly Regex _token = new("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
    private static readonly Regex _orderNumber = new("id=\"order-number\">(\\d+)<");

    public SandboxStorefrontTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task Checkout_CartWithCouponFromCouponBox_PlacesDiscountedOrder()
    {
        using var client = Server.CreateClient();
        var home = await client.GetStringAsync("/");
        var productId = ProductIdOf(home, "Sandbox T-shirt");

        await PostFormAsync(client, "/", "ShoppingCart/AddToCart", new() { ["productId"] = productId, ["quantity"] = "2" });
        await PostFormAsync(client, "cart", "ShoppingCart/ApplyDiscountCoupon", new() { ["discountcouponcode"] = " template10 " });
        var cart = await client.GetStringAsync("cart");
        var confirm = await PostFormAsync(client, "checkout", "Checkout/Confirm", new() { ["paymentStatus"] = "Paid" });
        var completed = await client.GetStringAsync(confirm.Headers.Location!.ToString());
        var orderNumber = int.Parse(_orderNumber.Match(completed).Groups[1].Value);
        var order = await new SandboxApi(client).GetOrderAsync(orderNumber);
        var emptyCart = await client.GetStringAsync("cart");

        Assert.That(cart, Does.Contain("template10"), "the cart lists the applied code");
        Assert.That(cart, Does.Contain("id=\"subtotal-discount\">-5.00<"));
        Assert.That((order.OrderSubtotal, order.OrderSubTotalDiscount, order.OrderTotal, order.PaymentStatus), Is.EqualTo((50.00m, 5.00m, 45.00m, "Paid")));
        Assert.That(order.DiscountUsageHistory, Has.Count.EqualTo(1));
        Assert.That(emptyCart, Does.Contain("id=\"cart-empty\""));
    }

    [Test]
    public async Task Cart_DiscountCouponQueryParameter_AppliesCodeToGuest()
    {
        using var client = Server.CreateClient();

        var landing = await client.GetStringAsync($"/?discountcoupon={SandboxDemoData.TemplateCouponCode}");
        var cart = await client.GetStringAsync("cart");

        Assert.That(landing, Does.Contain("notification-success"));
        Assert.That(cart, Does.Contain(SandboxDemoData.TemplateCouponCode.ToLowerInvariant()));
    }

    [Test]
    public async Task CouponBox_UnknownCode_ShowsWarningAndAppliesNothing()
    {
        using var client = Server.CreateClient();
        await client.GetStringAsync("/");

        await PostFormAsync(client, "cart", "ShoppingCart/ApplyDiscountCoupon", new() { ["discountcouponcode"] = "NOPE" });
        var cart = await client.GetStringAsync("cart");

        Assert.That(cart, Does.Contain("notification-warning"));
        Assert.That(cart, Does.Not.Contain("class=\"applied-coupon\""));
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pageWithForm, string action, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(pageWithForm);
        fields["__RequestVerificationToken"] = _token.Match(page).Groups[1].Value;

        var response = await client.PostAsync(action, new FormUrlEncodedContent(fields));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"POST {action}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    private static string ProductIdOf(string html, string productName) =>
        Regex.Match(html, $"data-product-id=\"(\\d+)\">\\s*<td><a class=\"product-name\" href=\"[^\"]*\">{Regex.Escape(productName)}<").Groups[1].Value;

}
