using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

/// <summary>
/// The payout batches grid's paging, as the page sets it up and the grid posts it (the grid has no filters).
/// </summary>
public record PayoutSearchModel : BaseSearchModel;
