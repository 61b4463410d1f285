namespace Nop.Plugin.Affiliates.Tracking.Rules;

public enum EmailAddressError
{
    None = 0,
    Empty,
    TooLong,
    Malformed
}
