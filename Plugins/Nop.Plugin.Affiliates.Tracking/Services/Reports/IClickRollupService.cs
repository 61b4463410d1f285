namespace Nop.Plugin.Affiliates.Tracking.Services.Reports;

/// <summary>
/// Keeps the per affiliate, per day click counts (<see cref="Domain.AffiliateClickDay"/>) of closed days.
/// </summary>
public interface IClickRollupService
{
    /// <summary>
    /// Rolls up every day from <paramref name="from"/> to <paramref name="to"/> (both included, all closed) that is not
    /// rolled up yet; days already done cost one index read.
    /// </summary>
    Task EnsureRolledUpAsync(DateOnly from, DateOnly to);
}
