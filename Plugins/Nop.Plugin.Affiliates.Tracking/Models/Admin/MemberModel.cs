using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

public record MemberModel : BaseNopModel
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public string CustomerName { get; set; }

    public string CustomerEmail { get; set; }

    public int AffiliateId { get; set; }

    public string AffiliateName { get; set; }

    public int StatusId { get; set; }

    public string StatusName { get; set; }

    public bool CanApprove { get; set; }

    public bool CanReject { get; set; }

    public bool CanSuspend { get; set; }

    public bool CanReinstate { get; set; }

    public string PayoutEmail { get; set; }

    public string ApplicationMessage { get; set; }

    public string AdminNote { get; set; }

    public DateTime AppliedOnUtc { get; set; }

    public DateTime? DecidedOnUtc { get; set; }
}
