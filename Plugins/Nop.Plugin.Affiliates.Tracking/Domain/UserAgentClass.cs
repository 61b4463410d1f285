namespace Nop.Plugin.Affiliates.Tracking.Domain;

public enum UserAgentClass
{
    Unknown = 0,
    Desktop = 10,
    Mobile = 20,
    Tablet = 30
}
