namespace Nop.Plugin.Affiliates.Tracking.Domain;

public enum PostbackStatus
{
    Pending = 0,
    Delivered = 10,

    /// <summary>
    /// Every attempt failed, or the URL is no longer allowed; kept for the owner to see, never sent again.
    /// </summary>
    Abandoned = 20
}
