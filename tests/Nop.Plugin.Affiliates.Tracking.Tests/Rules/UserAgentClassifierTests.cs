using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class UserAgentClassifierTests
{
    [TestCase("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36", UserAgentKind.Desktop)]
    [TestCase("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15", UserAgentKind.Desktop)]
    [TestCase("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", UserAgentKind.Desktop)]
    [TestCase("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", UserAgentKind.Mobile)]
    [TestCase("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36", UserAgentKind.Mobile)]
    [TestCase("Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", UserAgentKind.Tablet)]
    [TestCase("Mozilla/5.0 (Linux; Android 14; SM-X910) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36", UserAgentKind.Tablet)]
    [TestCase("SomeUnknownClient/1.0", UserAgentKind.Unknown)]
    public void Classify_BrowserUserAgent_ReturnsDeviceKind(string userAgent, UserAgentKind expected)
    {
        Assert.That(UserAgentClassifier.Classify(userAgent), Is.EqualTo(expected));
        Assert.That(UserAgentClassifier.IsBot(userAgent), Is.False);
    }

    [TestCase("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")]
    [TestCase("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)")]
    [TestCase("Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)")]
    [TestCase("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)")]
    [TestCase("Twitterbot/1.0")]
    [TestCase("WhatsApp/2.23.20.0")]
    [TestCase("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0 Safari/537.36")]
    [TestCase("curl/8.5.0")]
    [TestCase("Wget/1.21.4")]
    [TestCase("python-requests/2.32.3")]
    [TestCase("Go-http-client/2.0")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public void IsBot_CrawlerOrToolOrMissing_ReturnsTrue(string userAgent)
    {
        Assert.That(UserAgentClassifier.IsBot(userAgent), Is.True);
        Assert.That(UserAgentClassifier.Classify(userAgent), Is.EqualTo(UserAgentKind.Bot));
    }

    [Test]
    public void Classify_HugeHeader_InspectsOnlyTheStart()
    {
        var userAgent = "Mozilla/5.0 (Windows NT 10.0)" + new string('x', 100_000) + "bot";

        Assert.That(UserAgentClassifier.Classify(userAgent), Is.EqualTo(UserAgentKind.Desktop));
    }
}
