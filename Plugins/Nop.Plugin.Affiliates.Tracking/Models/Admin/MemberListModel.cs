using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

public record MemberListModel : BaseNopModel
{
    public MemberSearchModel Search { get; set; } = new();

    public IList<MemberModel> Members { get; set; } = new List<MemberModel>();

    public int TotalCount { get; set; }

    public int TotalPages { get; set; }
}
