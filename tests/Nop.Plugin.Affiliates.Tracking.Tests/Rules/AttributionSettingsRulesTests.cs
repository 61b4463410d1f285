using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class AttributionSettingsRulesTests
{
    [TestCase(0, false)]
    [TestCase(1, true)]
    [TestCase(30, true)]
    [TestCase(365, true)]
    [TestCase(366, false)]
    [TestCase(-5, false)]
    public void IsValidWindow_Days_MatchesRange(int days, bool expected)
    {
        Assert.That(AttributionSettingsRules.IsValidWindow(days), Is.EqualTo(expected));
    }

    [TestCase("ref", true)]
    [TestCase("r", true)]
    [TestCase("partner_code", true)]
    [TestCase("aff-id", true)]
    [TestCase("abcdefghijklmnopqrstuvwxyzabcdef", true)]
    [TestCase("abcdefghijklmnopqrstuvwxyzabcdefg", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    [TestCase("Ref", false)]
    [TestCase("1ref", false)]
    [TestCase("ref code", false)]
    [TestCase("ref\n", false)]
    [TestCase("réf", false)]
    [TestCase("affiliate", false)]
    [TestCase("affiliateid", false)]
    [TestCase("discountcoupon", false)]
    [TestCase("returnUrl", false)]
    public void IsValidParameterName_Name_MatchesFormat(string name, bool expected)
    {
        Assert.That(AttributionSettingsRules.IsValidParameterName(name), Is.EqualTo(expected));
    }

    [TestCase("go", true)]
    [TestCase("r", true)]
    [TestCase("share-links", true)]
    [TestCase("2go", true)]
    [TestCase("", false)]
    [TestCase(null, false)]
    [TestCase("go/", false)]
    [TestCase("go_links", false)]
    [TestCase("GO", false)]
    [TestCase("-go", false)]
    [TestCase("admin", false)]
    [TestCase("plugins", false)]
    [TestCase("cart", false)]
    [TestCase("scheduletask", false)]
    public void IsValidPathPrefix_Prefix_MatchesFormat(string prefix, bool expected)
    {
        Assert.That(AttributionSettingsRules.IsValidPathPrefix(prefix), Is.EqualTo(expected));
    }

    [TestCase("blog.example.com", "blog.example.com")]
    [TestCase("  Blog.Example.COM  ", "blog.example.com")]
    [TestCase("example.com.", "example.com")]
    [TestCase("bücher.example", "xn--bcher-kva.example")]
    [TestCase("a-b.example.org", "a-b.example.org")]
    public void TryNormalizeHost_ValidEntry_ReturnsAsciiLowerCaseHost(string entry, string expected)
    {
        Assert.That(AttributionSettingsRules.TryNormalizeHost(entry, out var host), Is.True);
        Assert.That(host, Is.EqualTo(expected));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("localhost")]
    [TestCase("https://blog.example.com")]
    [TestCase("blog.example.com/path")]
    [TestCase("blog.example.com:8080")]
    [TestCase("user@blog.example.com")]
    [TestCase("*.example.com")]
    [TestCase("-bad.example.com")]
    [TestCase("bad-.example.com")]
    [TestCase("exa mple.com")]
    [TestCase("192.168.0.1")]
    [TestCase("[::1]")]
    [TestCase("example..com")]
    public void TryNormalizeHost_InvalidEntry_ReturnsFalse(string entry)
    {
        Assert.That(AttributionSettingsRules.TryNormalizeHost(entry, out var host), Is.False);
        Assert.That(host, Is.Null);
    }

    [Test]
    public void TryNormalizeHost_OverlongHost_ReturnsFalse()
    {
        var host = string.Join('.', Enumerable.Repeat(new string('a', 63), 4)) + ".com";

        Assert.That(AttributionSettingsRules.TryNormalizeHost(host, out _), Is.False);
    }

    [Test]
    public void TryNormalizeHost_OverlongLabel_ReturnsFalse()
    {
        Assert.That(AttributionSettingsRules.TryNormalizeHost(new string('a', 64) + ".com", out _), Is.False);
    }
}
