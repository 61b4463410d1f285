namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Decides which attribution a visitor keeps when they click another link.
/// </summary>
public static class ClickAttributionRule
{
    /// <summary>
    /// Last click: the new click always wins. First click: an attribution still inside its window is kept,
    /// also when the same affiliate is clicked again (the window runs from the first click).
    /// </summary>
    public static ClickAttribution Apply(ClickAttribution current, ClickAttribution click, AttributionModel model, AttributionWindow window)
    {
        ArgumentNullException.ThrowIfNull(click);

        if (current is null || model == AttributionModel.LastClick)
            return click;

        return window.Contains(current.ClickedOnUtc, click.ClickedOnUtc) ? current : click;
    }

    /// <summary>
    /// The attribution that still credits an order placed at <paramref name="orderedOnUtc"/>, or null.
    /// </summary>
    public static ClickAttribution ActiveAt(ClickAttribution attribution, DateTime orderedOnUtc, AttributionWindow window) =>
        attribution is not null && window.Contains(attribution.ClickedOnUtc, orderedOnUtc) ? attribution : null;

    /// <summary>
    /// Of several attributions (one per device or browser of a customer), the one that credits an order placed at
    /// <paramref name="orderedOnUtc"/>: the latest click inside its window, or the earliest with first click; null if none.
    /// </summary>
    public static ClickAttribution ChooseForOrder(IEnumerable<ClickAttribution> attributions, DateTime orderedOnUtc, AttributionModel model, AttributionWindow window)
    {
        var active = attributions.Where(a => ActiveAt(a, orderedOnUtc, window) is not null);

        return model == AttributionModel.FirstClick
            ? active.OrderBy(a => a.ClickedOnUtc).FirstOrDefault()
            : active.OrderByDescending(a => a.ClickedOnUtc).FirstOrDefault();
    }
}
