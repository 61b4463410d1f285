using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core;
using Nop.Core.Domain.Affiliates;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Services.Links;
using Nop.Services.Affiliates;
using Nop.Services.Localization;

namespace Nop.Plugin.Affiliates.Tracking.Factories;

public class AffiliateLinkModelFactory : IAffiliateLinkModelFactory
{
    private readonly AffiliateTrackingSettings _settings;
    private readonly IAffiliateLinkService _linkService;
    private readonly IAffiliateService _affiliateService;
    private readonly ILocalizationService _localizationService;
    private readonly IStoreContext _storeContext;

    public AffiliateLinkModelFactory(AffiliateTrackingSettings settings,
        IAffiliateLinkService linkService,
        IAffiliateService affiliateService,
        ILocalizationService localizationService,
        IStoreContext storeContext)
    {
        _settings = settings;
        _linkService = linkService;
        _affiliateService = affiliateService;
        _localizationService = localizationService;
        _storeContext = storeContext;
    }

    /// <inheritdoc />
    public async Task<AffiliateLinkSearchModel> PrepareAffiliateLinkSearchModelAsync(AffiliateLinkSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        searchModel.AvailableAffiliates = await PrepareAffiliatesAsync(searchModel.SearchAffiliateId,
            await _localizationService.GetResourceAsync("Admin.Common.All"));
        searchModel.SetGridPageSize(15, "15, 30, 50, 100");

        return searchModel;
    }

    /// <inheritdoc />
    public async Task<AffiliateLinkListModel> PrepareAffiliateLinkListModelAsync(AffiliateLinkSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var pageSize = Math.Clamp(searchModel.PageSize, 1, 500);
        var pageIndex = Math.Max(searchModel.Start, 0) / pageSize;
        var links = await _linkService.GetLinksAsync(affiliateId: Math.Max(searchModel.SearchAffiliateId, 0),
            pageIndex: pageIndex, pageSize: pageSize, slugContains: searchModel.SearchSlug);

        var names = new Dictionary<int, string>();
        var rows = new List<AffiliateLinkModel>();
        foreach (var link in links)
        {
            if (!names.TryGetValue(link.AffiliateId, out var name))
                names[link.AffiliateId] = name = await GetAffiliateNameAsync(await _affiliateService.GetAffiliateByIdAsync(link.AffiliateId), link.AffiliateId);

            rows.Add(await ToModelAsync(link, name));
        }

        return new AffiliateLinkListModel
        {
            Data = rows,
            Draw = searchModel.Draw,
            RecordsTotal = links.TotalCount,
            RecordsFiltered = links.TotalCount
        };
    }

    /// <inheritdoc />
    public async Task<AffiliateLinkModel> PrepareAffiliateLinkModelAsync(AffiliateLinkModel model, AffiliateLink link)
    {
        if (link is not null)
            model = await ToModelAsync(link, await GetAffiliateNameAsync(await _affiliateService.GetAffiliateByIdAsync(link.AffiliateId), link.AffiliateId));

        model ??= new AffiliateLinkModel { Active = true };
        model.AvailableAffiliates = await PrepareAffiliatesAsync(model.AffiliateId, null);

        return model;
    }

    private async Task<AffiliateLinkModel> ToModelAsync(AffiliateLink link, string affiliateName) => new()
    {
        Id = link.Id,
        AffiliateId = link.AffiliateId,
        AffiliateName = affiliateName,
        Slug = link.Slug,
        DestinationUrl = link.DestinationUrl,
        ShortUrl = await BuildShortUrlAsync(link.Slug),
        Active = link.Active,
        CreatedOnUtc = link.CreatedOnUtc
    };

    private async Task<string> BuildShortUrlAsync(string slug)
    {
        var store = await _storeContext.GetCurrentStoreAsync();
        var root = (store?.Url ?? "/").TrimEnd('/');
        return $"{root}/{_settings.ShortLinkPrefix}/{slug}";
    }

    private async Task<IList<SelectListItem>> PrepareAffiliatesAsync(int selectedId, string allText)
    {
        var items = new List<SelectListItem>();
        if (allText is not null)
            items.Add(new SelectListItem(allText, "0", selectedId == 0));

        foreach (var affiliate in await _affiliateService.GetAllAffiliatesAsync(showHidden: true))
            items.Add(new SelectListItem(await GetAffiliateNameAsync(affiliate, affiliate.Id), affiliate.Id.ToString(), affiliate.Id == selectedId));

        return items;
    }

    private async Task<string> GetAffiliateNameAsync(Affiliate affiliate, int affiliateId)
    {
        if (affiliate is null)
            return $"#{affiliateId}";

        var fullName = await _affiliateService.GetAffiliateFullNameAsync(affiliate);
        var name = string.IsNullOrWhiteSpace(fullName) ? affiliate.FriendlyUrlName : fullName;
        return $"{name} ({affiliate.FriendlyUrlName ?? affiliate.Id.ToString()})";
    }
}
