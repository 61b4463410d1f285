namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Why a postback URL template was refused; each value has a locale resource under Plugins.Affiliates.Tracking.Postbacks.Errors.
/// </summary>
public enum PostbackTemplateError
{
    None = 0,
    Empty,
    TooLong,
    InvalidCharacters,
    UnbalancedBraces,
    UnknownToken,
    TokenInHost,
    Malformed,
    SchemeNotAllowed,
    HttpNotAllowed,
    UserInfo
}
