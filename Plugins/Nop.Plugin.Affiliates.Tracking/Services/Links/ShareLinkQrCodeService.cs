using Nop.Plugin.Affiliates.Tracking.Rules;
using QRCoder;

namespace Nop.Plugin.Affiliates.Tracking.Services.Links;

public class ShareLinkQrCodeService : IShareLinkQrCodeService
{
    // Medium error correction survives a smudged print while keeping short URLs at a small version.
    private const QRCodeGenerator.ECCLevel ErrorCorrection = QRCodeGenerator.ECCLevel.M;

    /// <inheritdoc />
    public byte[] GetPng(string url)
    {
        using var data = Encode(url);
        return new PngByteQRCode(data).GetGraphic(AffiliateTrackingDefaults.QrPixelsPerModule);
    }

    /// <inheritdoc />
    public string GetSvg(string url)
    {
        using var data = Encode(url);
        var modules = data.ModuleMatrix.Select(row => (IReadOnlyList<bool>)Enumerable.Range(0, row.Length).Select(i => row[i]).ToList()).ToList();
        return QrSvgWriter.Write(modules, AffiliateTrackingDefaults.QrPixelsPerModule);
    }

    private static QRCodeData Encode(string url)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);

        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(url, ErrorCorrection);
    }
}
