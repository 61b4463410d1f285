namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Whether a customer's later orders keep crediting the affiliate who first referred them.
/// </summary>
public enum LifetimeCommissionMode
{
    Off = 0,
    ForMonths = 10,
    Forever = 20
}
