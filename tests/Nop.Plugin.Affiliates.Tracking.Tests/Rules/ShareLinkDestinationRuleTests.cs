using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class ShareLinkDestinationRuleTests
{
    private const string StoreHost = "shop.example.com";
    private static readonly string[] Allowed = { "blog.example.org", "xn--bcher-kva.example" };

    private static DestinationCheck Check(string destination) => ShareLinkDestinationRule.Check(destination, StoreHost, Allowed);

    [TestCase("/")]
    [TestCase("/summer-sale")]
    [TestCase("/category/shoes?color=red&size=42#reviews")]
    [TestCase("/search?q=%2Fslash")]
    [TestCase("/caf%C3%A9")]
    public void Check_StorePath_IsKeptAsGiven(string destination)
    {
        var result = Check(destination);

        Assert.That(result.IsValid, Is.True, result.Error.ToString());
        Assert.That(result.Url, Is.EqualTo(destination));
    }

    [TestCase("https://shop.example.com/product/1", "https://shop.example.com/product/1")]
    [TestCase("HTTPS://SHOP.EXAMPLE.COM/Product/1", "https://shop.example.com/Product/1")]
    [TestCase("http://shop.example.com", "http://shop.example.com/")]
    [TestCase("https://blog.example.org/review?x=1", "https://blog.example.org/review?x=1")]
    [TestCase("https://Blog.Example.Org:8443/a", "https://blog.example.org:8443/a")]
    [TestCase("https://bücher.example/", "https://xn--bcher-kva.example/")]
    public void Check_AbsoluteUrlOnStoreOrAllowedHost_IsNormalized(string destination, string expected)
    {
        var result = Check(destination);

        Assert.That(result.IsValid, Is.True, result.Error.ToString());
        Assert.That(result.Url, Is.EqualTo(expected));
    }

    [TestCase("//evil.example")]
    [TestCase("//evil.example/path")]
    [TestCase("/\\evil.example")]
    [TestCase("\\\\evil.example")]
    [TestCase("/%2Fevil.example")]
    [TestCase("/%2fevil.example")]
    [TestCase("%2F%2Fevil.example")]
    [TestCase("/%5Cevil.example")]
    [TestCase("/%255Cevil.example")]
    [TestCase("/%252F%252Fevil.example")]
    [TestCase("/\t/evil.example")]
    [TestCase("/\n/evil.example")]
    [TestCase("/%09/evil.example")]
    [TestCase("/%0d%0aLocation:%20https://evil.example")]
    [TestCase("/ /evil.example")]
    public void Check_ProtocolRelativeOrHiddenVariants_AreRefused(string destination)
    {
        var result = Check(destination);

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Url, Is.Null);
    }

    [TestCase("https://evil.example")]
    [TestCase("HTTPS://EVIL.EXAMPLE/")]
    [TestCase("https://shop.example.com.evil.example/")]
    [TestCase("https://evil.example/shop.example.com")]
    [TestCase("https://evil.example?next=https://shop.example.com")]
    [TestCase("https://evil.example#@shop.example.com")]
    [TestCase("https://example.com/")]
    [TestCase("https://blog.example.org.evil.example/")]
    [TestCase("https://127.0.0.1/")]
    [TestCase("https://[::1]/")]
    public void Check_OtherHost_IsRefused(string destination)
    {
        Assert.That(Check(destination).Error, Is.EqualTo(DestinationError.HostNotAllowed));
    }

    [TestCase("https://shop.example.com@evil.example/")]
    [TestCase("https://user:pass@shop.example.com/")]
    [TestCase("https://shop.example.com:443@evil.example")]
    public void Check_UserInfo_IsRefused(string destination)
    {
        Assert.That(Check(destination).Error, Is.EqualTo(DestinationError.UserInfo));
    }

    [TestCase("https:evil.example")]
    [TestCase("https:/evil.example")]
    [TestCase("HTTPS:evil.example")]
    [TestCase("javascript:alert(1)")]
    [TestCase("JavaScript:alert(1)")]
    [TestCase("data:text/html,<script>alert(1)</script>")]
    [TestCase("ftp://shop.example.com/file")]
    [TestCase("file:///etc/passwd")]
    [TestCase("mailto:someone@shop.example.com")]
    public void Check_NonHttpScheme_IsRefused(string destination)
    {
        Assert.That(Check(destination).Error, Is.EqualTo(DestinationError.UnsupportedScheme));
    }

    [TestCase("evil.example")]
    [TestCase("shop.example.com/product")]
    [TestCase("../etc")]
    public void Check_NeitherPathNorUrl_IsMalformed(string destination)
    {
        Assert.That(Check(destination).Error, Is.EqualTo(DestinationError.Malformed));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Check_Empty_IsRefused(string destination)
    {
        Assert.That(Check(destination).Error, Is.EqualTo(DestinationError.Empty));
    }

    [Test]
    public void Check_Oversized_IsRefused()
    {
        Assert.That(Check("/" + new string('a', ShareLinkDestinationRule.MaxLength)).Error, Is.EqualTo(DestinationError.TooLong));
    }

    [Test]
    public void Check_NoAllowlist_RefusesExternalButKeepsStore()
    {
        Assert.That(ShareLinkDestinationRule.Check("https://blog.example.org/", StoreHost, null).Error, Is.EqualTo(DestinationError.HostNotAllowed));
        Assert.That(ShareLinkDestinationRule.Check("https://shop.example.com/", StoreHost, null).IsValid, Is.True);
    }
}
