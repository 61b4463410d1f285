namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Which click inside the attribution window credits an order.
/// </summary>
public enum AttributionModel
{
    LastClick = 0,
    FirstClick = 10
}
