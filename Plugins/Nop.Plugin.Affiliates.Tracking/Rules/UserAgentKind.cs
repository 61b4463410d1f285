namespace Nop.Plugin.Affiliates.Tracking.Rules;

public enum UserAgentKind
{
    Unknown = 0,
    Desktop = 10,
    Mobile = 20,
    Tablet = 30,
    Bot = 90
}
