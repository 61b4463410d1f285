using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

/// <summary>
/// One page of generated codes as the DataTables grid reads it.
/// </summary>
public record AffiliateCouponListModel : BasePagedListModel<AffiliateCouponModel>;
