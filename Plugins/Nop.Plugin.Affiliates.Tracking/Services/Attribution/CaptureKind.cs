namespace Nop.Plugin.Affiliates.Tracking.Services.Attribution;

public enum CaptureKind
{
    /// <summary>
    /// A counted click: store the click and the visitor's (possibly unchanged) attribution.
    /// </summary>
    Click,

    /// <summary>
    /// The visitor was seen as another nopCommerce customer (new guest record, login): move the attribution to them.
    /// </summary>
    LinkCustomer,

    /// <summary>
    /// The visitor's window has ended: take the affiliate off the customer again.
    /// </summary>
    Expire
}
