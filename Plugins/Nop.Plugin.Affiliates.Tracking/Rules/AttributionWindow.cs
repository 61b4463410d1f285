namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// The period after a click during which an order still credits the affiliate. The end is exclusive:
/// with a 30-day window a click at noon on the 1st credits orders until just before noon on the 31st.
/// </summary>
public readonly record struct AttributionWindow
{
    public AttributionWindow(int days)
    {
        if (!AttributionSettingsRules.IsValidWindow(days))
            throw new ArgumentOutOfRangeException(nameof(days), days,
                $"An attribution window is {AttributionSettingsRules.MinWindowDays} to {AttributionSettingsRules.MaxWindowDays} days.");

        Days = days;
    }

    public int Days { get; }

    public DateTime EndsOnUtc(DateTime clickedOnUtc) => clickedOnUtc.AddDays(Days);

    /// <summary>
    /// Whether something that happened at <paramref name="atUtc"/> falls inside the window of a click.
    /// A moment before the click (clock skew between web-farm nodes) is not inside.
    /// </summary>
    public bool Contains(DateTime clickedOnUtc, DateTime atUtc) => atUtc >= clickedOnUtc && atUtc < EndsOnUtc(clickedOnUtc);
}
