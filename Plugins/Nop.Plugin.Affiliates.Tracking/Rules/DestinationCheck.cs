namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// The outcome of checking a share link destination: the URL to redirect to, or why there is none.
/// </summary>
public sealed record DestinationCheck(string Url, DestinationError Error)
{
    public bool IsValid => Error == DestinationError.None;

    public static DestinationCheck Valid(string url) => new(url, DestinationError.None);

    public static DestinationCheck Invalid(DestinationError error) => new(null, error);
}
