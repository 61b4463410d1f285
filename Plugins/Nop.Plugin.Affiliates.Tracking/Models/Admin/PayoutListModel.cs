using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

public record PayoutListModel : BasePagedListModel<PayoutBatchModel>;
