using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Models.Admin;

namespace Nop.Plugin.Affiliates.Tracking.Factories;

public interface IAffiliateLinkModelFactory
{
    Task<AffiliateLinkSearchModel> PrepareAffiliateLinkSearchModelAsync(AffiliateLinkSearchModel searchModel);

    /// <summary>
    /// One grid page of links, filtered by affiliate and by a part of the slug.
    /// </summary>
    Task<AffiliateLinkListModel> PrepareAffiliateLinkListModelAsync(AffiliateLinkSearchModel searchModel);

    /// <summary>
    /// The create/edit form: from the link when given, else keeps the posted model's values; always refills the affiliates.
    /// </summary>
    Task<AffiliateLinkModel> PrepareAffiliateLinkModelAsync(AffiliateLinkModel model, AffiliateLink link);
}
