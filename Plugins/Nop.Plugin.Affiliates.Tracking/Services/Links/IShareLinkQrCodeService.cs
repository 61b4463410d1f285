namespace Nop.Plugin.Affiliates.Tracking.Services.Links;

/// <summary>
/// QR codes of share links, for print and screens.
/// </summary>
public interface IShareLinkQrCodeService
{
    byte[] GetPng(string url);

    string GetSvg(string url);
}
