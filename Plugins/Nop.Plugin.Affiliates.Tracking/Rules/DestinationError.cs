namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Why a share link's destination was refused.
/// </summary>
public enum DestinationError
{
    None = 0,
    Empty,
    TooLong,
    Malformed,
    UnsupportedScheme,
    UserInfo,
    HostNotAllowed
}
