namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// The period after a click during which an order still credits the affiliate. The end is exclusive:
/// with a 30-day window a click at noon on the 1st credits orders until just before noon on the 31st.
/// </summary>
/// <remarks>
/// The start allows for <see cref="ClockSkewTolerance"/>: on a web farm the node that recorded a click may run a little
/// ahead of the node that sees the shopper next, and that must not look like a click from the future.
/// </remarks>
public readonly record struct AttributionWindow
{
    public AttributionWindow(int days)
    {
        if (!AttributionSettingsRules.IsValidWindow(days))
            throw new ArgumentOutOfRangeException(nameof(days), days,
                $"An attribution window is {AttributionSettingsRules.MinWindowDays} to {AttributionSettingsRules.MaxWindowDays} days.");

        Days = days;
    }

    public static readonly TimeSpan ClockSkewTolerance = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The window a stored setting asks for; the default window when the stored value is out of range.
    /// </summary>
    public static AttributionWindow FromSetting(int days) =>
        new(AttributionSettingsRules.IsValidWindow(days) ? days : AttributionSettingsRules.DefaultWindowDays);

    public int Days { get; }

    public DateTime EndsOnUtc(DateTime clickedOnUtc) => clickedOnUtc.AddDays(Days);

    /// <summary>
    /// Whether something that happened at <paramref name="atUtc"/> falls inside the window of a click.
    /// </summary>
    public bool Contains(DateTime clickedOnUtc, DateTime atUtc) => atUtc >= clickedOnUtc - ClockSkewTolerance && atUtc < EndsOnUtc(clickedOnUtc);
}
