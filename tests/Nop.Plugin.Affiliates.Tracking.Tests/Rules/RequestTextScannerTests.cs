using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class RequestTextScannerTests
{
    [TestCase("?ref=alice", "ref", true)]
    [TestCase("?a=1&ref=alice", "ref", true)]
    [TestCase("?a=1&REF=alice&b=2", "ref", true)]
    [TestCase("?ref", "ref", true)]
    [TestCase("?ref=", "ref", true)]
    [TestCase("ref=alice", "ref", true)]
    [TestCase("?preference=1", "ref", false)]
    [TestCase("?refx=1", "ref", false)]
    [TestCase("?a=ref", "ref", false)]
    [TestCase("?a=1&b=ref=2", "ref", false)]
    [TestCase("", "ref", false)]
    [TestCase("?", "ref", false)]
    [TestCase("?&&", "ref", false)]
    [TestCase("?affiliateid=3", "affiliate", false)]
    [TestCase("?affiliateid=3", "affiliateid", true)]
    [TestCase("?ref=alice", "", false)]
    public void HasQueryParameter_QueryString_FindsOnlyWholeNames(string query, string name, bool expected)
    {
        Assert.That(RequestTextScanner.HasQueryParameter(query, name), Is.EqualTo(expected));
    }

    [TestCase(".Nop.AffiliateTracking=abc", true)]
    [TestCase("a=1; .Nop.AffiliateTracking=abc", true)]
    [TestCase("a=1;.Nop.AffiliateTracking=abc;b=2", true)]
    [TestCase("a=1;  .Nop.AffiliateTracking =abc", true)]
    [TestCase(".Nop.AffiliateTrackingX=abc", false)]
    [TestCase("x.Nop.AffiliateTracking=abc", false)]
    [TestCase(".nop.affiliatetracking=abc", false)]
    [TestCase("a=.Nop.AffiliateTracking=abc", false)]
    [TestCase(".Nop.AffiliateTracking", false)]
    [TestCase(".Nop.AffiliateTracking=", false)]
    [TestCase("a=1; .Nop.AffiliateTracking= ; b=2", false)]
    [TestCase("", false)]
    public void HasCookie_CookieHeader_MatchesExactName(string header, bool expected)
    {
        Assert.That(RequestTextScanner.HasCookie(header, ".Nop.AffiliateTracking"), Is.EqualTo(expected));
    }

    [TestCase("/go/summer-sale", "go", true, "summer-sale")]
    [TestCase("/GO/summer-sale", "go", true, "summer-sale")]
    [TestCase("/go/", "go", true, "")]
    [TestCase("/go", "go", false, "")]
    [TestCase("/gone/x", "go", false, "")]
    [TestCase("/x/go/y", "go", false, "")]
    [TestCase("go/x", "go", false, "")]
    [TestCase("/", "go", false, "")]
    [TestCase("", "go", false, "")]
    public void TryMatchPrefix_Path_ReturnsRemainder(string path, string prefix, bool expected, string remainder)
    {
        var matched = RequestTextScanner.TryMatchPrefix(path, prefix, out var rest);

        Assert.That(matched, Is.EqualTo(expected));
        Assert.That(rest.ToString(), Is.EqualTo(remainder));
    }
}
