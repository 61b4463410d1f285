using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Services.Commissions;
using Nop.Plugin.Affiliates.Tracking.Services.Payouts;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Controllers.Api;

/// <summary>
/// Sandbox-only JSON view of the plugin's commission ledger and payouts, read and written through the plugin's own
/// services (the admin and affiliate pages come later). Not a nopCommerce API.
/// </summary>
[ApiController]
[Route("sandbox/api/ledger")]
public class SandboxLedgerApiController : ControllerBase
{
    private readonly IAffiliateCommissionService _commissionService;
    private readonly IAffiliatePayoutService _payoutService;

    public SandboxLedgerApiController(IAffiliateCommissionService commissionService, IAffiliatePayoutService payoutService)
    {
        _commissionService = commissionService;
        _payoutService = payoutService;
    }

    [HttpGet("orders/{orderId:int}")]
    public async Task<IActionResult> Order(int orderId)
    {
        var commission = await _commissionService.GetCommissionByOrderIdAsync(orderId);
        if (commission is null)
            return NotFound(new { Error = $"Order {orderId} has no commission." });

        var entries = await _commissionService.GetEntriesAsync(commission.Id);
        return Ok(new
        {
            Commission = ToJson(commission),
            Entries = entries.Select(e => new { e.EntryKey, Kind = e.Kind.ToString(), e.Amount, e.PayoutId, e.Note, e.OccurredOnUtc })
        });
    }

    [HttpGet("affiliates/{affiliateId:int}")]
    public async Task<IActionResult> Affiliate(int affiliateId) => Ok(new
    {
        Commissions = (await _commissionService.GetCommissionsByAffiliateIdAsync(affiliateId)).Select(ToJson),
        Payouts = await _payoutService.GetPayoutsByAffiliateAsync(affiliateId)
    });

    [HttpPost("payouts")]
    public async Task<IActionResult> CreatePayout()
    {
        var result = await _payoutService.CreatePayoutBatchAsync();
        return Ok(new { result.Payout, result.Lines });
    }

    [HttpGet("payouts/{payoutId:int}/csv")]
    public async Task<IActionResult> PayoutCsv(int payoutId)
    {
        var csv = await _payoutService.ExportCsvAsync(payoutId);
        return csv is null ? NotFound(new { Error = $"Payout {payoutId} does not exist." }) : Content(csv, "text/csv");
    }

    [HttpPost("payouts/{payoutId:int}/paid")]
    public async Task<IActionResult> MarkPaid(int payoutId)
    {
        var payout = await _payoutService.MarkPaidAsync(payoutId);
        return payout is null ? NotFound(new { Error = $"Payout {payoutId} does not exist." }) : Ok(payout);
    }

    private static object ToJson(AffiliateCommission c) => new
    {
        c.Id, c.OrderId, c.AffiliateId, Source = c.Source.ToString(), c.CouponCode, c.LinkId, c.ClickId, Status = c.Status.ToString(),
        c.BaseAmount, c.OriginalAmount, c.Amount, c.OrderTotal, c.RefundedAmount, c.PaidOutAmount, c.OrderCurrencyCode,
        c.OrderPaidOnUtc, c.ApprovedOnUtc, c.ReversedOnUtc, c.PayoutId, c.CreatedOnUtc, c.UpdatedOnUtc
    };
}
