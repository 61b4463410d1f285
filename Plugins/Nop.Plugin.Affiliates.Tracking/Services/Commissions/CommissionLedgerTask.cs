using Nop.Services.Logging;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Affiliates.Tracking.Services.Commissions;

/// <summary>
/// nopCommerce schedule task (installed by the plugin, hourly): first reconciles commissions with their orders, so
/// refunds, cancellations and payments that raised no event are caught, then approves the commissions whose hold
/// period has passed. In that order, so nothing is approved that a silent refund has just reversed.
/// </summary>
public class CommissionLedgerTask : IScheduleTask
{
    private readonly IAffiliateCommissionService _commissionService;
    private readonly ILogger _logger;

    public CommissionLedgerTask(IAffiliateCommissionService commissionService, ILogger logger)
    {
        _commissionService = commissionService;
        _logger = logger;
    }

    public async Task ExecuteAsync()
    {
        var reconciled = await _commissionService.ReconcileAsync();
        var approved = await _commissionService.ApproveDueCommissionsAsync();

        if (reconciled > 0 || approved > 0)
            await _logger.InformationAsync($"Affiliate tracking: {reconciled} commission(s) reconciled with their orders, {approved} approved.");
    }
}
