using Nop.Plugin.Affiliates.Tracking.Services.Links;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Links;

public class ShareLinkQrCodeServiceTests
{
    private const string Url = "https://store.example/go/summer-sale";

    [Test]
    public void GetPng_Url_PngImage()
    {
        var png = new ShareLinkQrCodeService().GetPng(Url);

        Assert.That(png[..8], Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
    }

    [Test]
    public void GetSvg_SameUrl_SameDrawingAndDifferentUrlDiffers()
    {
        var service = new ShareLinkQrCodeService();

        Assert.That(service.GetSvg(Url), Does.StartWith("<svg").And.Contain("<path"));
        Assert.That(service.GetSvg(Url), Is.EqualTo(service.GetSvg(Url)));
        Assert.That(service.GetSvg(Url + "2"), Is.Not.EqualTo(service.GetSvg(Url)));
    }

    [TestCase(null)]
    [TestCase("")]
    public void GetPng_Empty_Throws(string url)
    {
        Assert.Catch<ArgumentException>(() => new ShareLinkQrCodeService().GetPng(url));
    }
}
