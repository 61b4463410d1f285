using System.Globalization;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class PostbackTemplateTests
{
    private static readonly PostbackValues Values = new(CommissionId: 17, OrderId: 1042, AffiliateId: 3, Status: "approved",
        OrderTotal: 1234.5m, Commission: 12.345m, CurrencyCode: "EUR", CouponCode: "ALICE 10&x=1", ClickId: 99,
        EventId: "17:approved:12.3450", OccurredOnUtc: new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc));

    private static PostbackTemplate Parse(string text, bool allowHttp = false)
    {
        var result = PostbackTemplate.Parse(text, allowHttp);
        Assert.That(result.IsValid, Is.True, $"{result.Error} {result.Detail}");
        return result.Template;
    }

    [TestCase("https://network.example/pb")]
    [TestCase("https://network.example")]
    [TestCase("https://network.example:8443/pb?x=1#frag")]
    [TestCase("HTTPS://Network.Example/pb")]
    [TestCase("https://network.example/{order_id}/{status}")]
    [TestCase("https://network.example/pb?tx={ORDER_ID}&s={Status}")]
    [TestCase("https://127.0.0.1:5000/pb?tx={order_id}")]
    [TestCase("https://[::1]/pb?tx={order_id}")]
    [TestCase("https://network.example/pb#{event_id}")]
    public void Parse_ValidTemplate_IsAccepted(string text)
    {
        Assert.That(PostbackTemplate.Parse(text, allowHttp: false).Error, Is.EqualTo(PostbackTemplateError.None));
    }

    [TestCase(null, PostbackTemplateError.Empty)]
    [TestCase("", PostbackTemplateError.Empty)]
    [TestCase("   ", PostbackTemplateError.Empty)]
    [TestCase("https://network.example/a b", PostbackTemplateError.InvalidCharacters)]
    [TestCase("https://network.example/a\tb", PostbackTemplateError.InvalidCharacters)]
    [TestCase("https://network.example/a\nb", PostbackTemplateError.InvalidCharacters)]
    [TestCase("https://network.example\\@evil.example/", PostbackTemplateError.InvalidCharacters)]
    [TestCase("https://network.example/\"x\"", PostbackTemplateError.InvalidCharacters)]
    [TestCase("https://network.example/<script>", PostbackTemplateError.InvalidCharacters)]
    [TestCase("https://network.example/pb?tx={order_id", PostbackTemplateError.UnbalancedBraces)]
    [TestCase("https://network.example/pb?tx=order_id}", PostbackTemplateError.UnbalancedBraces)]
    [TestCase("https://network.example/pb?tx={{order_id}}", PostbackTemplateError.UnbalancedBraces)]
    [TestCase("https://network.example/pb?tx={order_{id}}", PostbackTemplateError.UnbalancedBraces)]
    [TestCase("https://network.example/pb?tx={}", PostbackTemplateError.UnknownToken)]
    [TestCase("https://network.example/pb?tx={orderid}", PostbackTemplateError.UnknownToken)]
    [TestCase("https://network.example/pb?tx={ order_id }", PostbackTemplateError.InvalidCharacters)]
    [TestCase("https://network.example/pb?tx={password}", PostbackTemplateError.UnknownToken)]
    [TestCase("network.example/pb", PostbackTemplateError.Malformed)]
    [TestCase("/pb?tx={order_id}", PostbackTemplateError.Malformed)]
    [TestCase("https://", PostbackTemplateError.Malformed)]
    [TestCase("https:///pb", PostbackTemplateError.Malformed)]
    [TestCase("https://net work.example/", PostbackTemplateError.InvalidCharacters)]
    [TestCase("https://network.example:99999/", PostbackTemplateError.Malformed)]
    [TestCase("ftp://network.example/pb", PostbackTemplateError.SchemeNotAllowed)]
    [TestCase("javascript://alert(1)", PostbackTemplateError.SchemeNotAllowed)]
    [TestCase("file:///etc/passwd", PostbackTemplateError.SchemeNotAllowed)]
    [TestCase("https:network.example/pb", PostbackTemplateError.Malformed)]
    [TestCase("//network.example/pb", PostbackTemplateError.Malformed)]
    [TestCase("http://network.example/pb", PostbackTemplateError.HttpNotAllowed)]
    [TestCase("HTTP://network.example/pb", PostbackTemplateError.HttpNotAllowed)]
    [TestCase("https://user@network.example/pb", PostbackTemplateError.UserInfo)]
    [TestCase("https://user:pass@network.example/pb", PostbackTemplateError.UserInfo)]
    [TestCase("https://network.example@evil.example/pb", PostbackTemplateError.UserInfo)]
    [TestCase("https://{affiliate_id}.network.example/pb", PostbackTemplateError.TokenInHost)]
    [TestCase("https://network.example:{order_id}/pb", PostbackTemplateError.TokenInHost)]
    [TestCase("https://{status}/pb", PostbackTemplateError.TokenInHost)]
    [TestCase("{status}://network.example/pb", PostbackTemplateError.TokenInHost)]
    public void Parse_InvalidTemplate_IsRefusedWithReason(string text, PostbackTemplateError expected)
    {
        var result = PostbackTemplate.Parse(text, allowHttp: false);

        Assert.That(result.Error, Is.EqualTo(expected));
        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Template, Is.Null);
    }

    [Test]
    public void Parse_HttpWhenAllowed_IsAccepted()
    {
        Assert.That(PostbackTemplate.Parse("http://network.example/pb?tx={order_id}", allowHttp: true).IsValid, Is.True);
    }

    [Test]
    public void Parse_HttpUserInfoWhenHttpAllowed_IsStillRefused()
    {
        Assert.That(PostbackTemplate.Parse("http://a@network.example/pb", allowHttp: true).Error, Is.EqualTo(PostbackTemplateError.UserInfo));
    }

    [TestCase(2048, PostbackTemplateError.None)]
    [TestCase(2049, PostbackTemplateError.TooLong)]
    public void Parse_Length_IsBoundedAt2048(int length, PostbackTemplateError expected)
    {
        var prefix = "https://network.example/";
        var text = prefix + new string('a', length - prefix.Length);

        Assert.That(PostbackTemplate.Parse(text, false).Error, Is.EqualTo(expected));
    }

    [Test]
    public void Parse_UnknownToken_NamesTheToken()
    {
        var result = PostbackTemplate.Parse("https://network.example/pb?x={revenue}", false);

        Assert.That(result.Detail, Is.EqualTo("revenue"));
    }

    [Test]
    public void Parse_SurroundingWhitespace_IsTrimmed()
    {
        Assert.That(Parse("  https://network.example/pb  ").Text, Is.EqualTo("https://network.example/pb"));
    }

    [TestCase("{order_id}", "1042")]
    [TestCase("{order_total}", "1234.50")]
    [TestCase("{commission}", "12.35")]
    [TestCase("{currency}", "EUR")]
    [TestCase("{coupon_code}", "ALICE%2010%26x%3D1")]
    [TestCase("{click_id}", "99")]
    [TestCase("{affiliate_id}", "3")]
    [TestCase("{status}", "approved")]
    [TestCase("{commission_id}", "17")]
    [TestCase("{event_id}", "17%3Aapproved%3A12.3450")]
    [TestCase("{timestamp}", "1767323045")]
    [TestCase("{Order_Id}", "1042")]
    public void Render_EachToken_IsReplacedByItsEncodedValue(string token, string expected)
    {
        var url = Parse("https://network.example/pb?v=" + token).Render(Values);

        Assert.That(url, Is.EqualTo("https://network.example/pb?v=" + expected));
    }

    [Test]
    public void Render_EveryDeclaredToken_HasATestedValue()
    {
        Assert.That(PostbackTemplate.Tokens.Keys, Is.EquivalentTo(new[]
        {
            "order_id", "order_total", "commission", "currency", "coupon_code", "click_id", "affiliate_id", "status", "commission_id", "event_id", "timestamp"
        }));
    }

    [Test]
    public void Render_MissingCouponAndClick_GiveEmptyValues()
    {
        var values = Values with { CouponCode = null, ClickId = 0, CurrencyCode = null };

        var url = Parse("https://network.example/pb?c={coupon_code}&k={click_id}&cur={currency}").Render(values);

        Assert.That(url, Is.EqualTo("https://network.example/pb?c=&k=&cur="));
    }

    [Test]
    public void Render_UnderAnotherCulture_UsesInvariantAmounts()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var url = Parse("https://network.example/pb?a={order_total}&c={commission}").Render(Values);

            Assert.That(url, Is.EqualTo("https://network.example/pb?a=1234.50&c=12.35"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Test]
    public void Render_ValueWithSlashesAndHash_CannotChangeTheUrlStructure()
    {
        var values = Values with { CouponCode = "../../admin?x=1#y", Status = "a/b" };

        var url = Parse("https://network.example/pb/{status}?c={coupon_code}").Render(values);
        var uri = new Uri(url);

        Assert.That(uri.Host, Is.EqualTo("network.example"));
        Assert.That(uri.AbsolutePath, Is.EqualTo("/pb/a%2Fb"));
        Assert.That(uri.Fragment, Is.Empty);
    }

    [Test]
    public void Render_SameTokenTwice_ReplacesBoth()
    {
        Assert.That(Parse("https://n.example/{order_id}?o={order_id}").Render(Values), Is.EqualTo("https://n.example/1042?o=1042"));
    }

    [TestCase(0, "0.00")]
    [TestCase(-5.5, "-5.50")]
    [TestCase(1.005, "1.01")]
    [TestCase(1.004, "1.00")]
    [TestCase(1234567.891, "1234567.89")]
    public void FormatAmount_Always_TwoDecimalsInvariant(decimal amount, string expected)
    {
        Assert.That(PostbackTemplate.FormatAmount(amount), Is.EqualTo(expected));
    }

    [TestCase("https://n.example/pb?x=1", false, PostbackTemplateError.None)]
    [TestCase("http://n.example/pb?x=1", false, PostbackTemplateError.HttpNotAllowed)]
    [TestCase("http://n.example/pb?x=1", true, PostbackTemplateError.None)]
    [TestCase("https://n.example/pb?x={y}", false, PostbackTemplateError.InvalidCharacters)]
    [TestCase("https://u@n.example/", false, PostbackTemplateError.UserInfo)]
    [TestCase("", false, PostbackTemplateError.Empty)]
    public void CheckUrl_RenderedUrl_IsCheckedAgainstTheCurrentRules(string url, bool allowHttp, PostbackTemplateError expected)
    {
        Assert.That(PostbackTemplate.CheckUrl(url, allowHttp), Is.EqualTo(expected));
    }
}
