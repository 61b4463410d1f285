using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

public record MemberListModel : BasePagedListModel<MemberModel>;
