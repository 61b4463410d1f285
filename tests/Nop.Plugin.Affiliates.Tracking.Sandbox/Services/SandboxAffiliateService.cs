using System.Text.RegularExpressions;
using Nop.Core;
using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Services.Affiliates;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's AffiliateService over the Affiliate and Address tables. Friendly URL names are
/// normalised to lower-case letters, digits and dashes (nopCommerce uses its SEO-name rules) and made unique with -2, -3…
/// </summary>
public class SandboxAffiliateService : IAffiliateService
{
    private static readonly Regex _nonSlugCharacters = new("[^a-z0-9-]", RegexOptions.Compiled);

    private readonly IRepository<Address> _addressRepository;
    private readonly IRepository<Affiliate> _affiliateRepository;
    private readonly IRepository<Order> _orderRepository;
    private readonly IWebHelper _webHelper;

    public SandboxAffiliateService(IRepository<Address> addressRepository,
        IRepository<Affiliate> affiliateRepository,
        IRepository<Order> orderRepository,
        IWebHelper webHelper)
    {
        _addressRepository = addressRepository;
        _affiliateRepository = affiliateRepository;
        _orderRepository = orderRepository;
        _webHelper = webHelper;
    }

    public async Task<Affiliate> GetAffiliateByIdAsync(int affiliateId) => await _affiliateRepository.GetByIdAsync(affiliateId);

    public async Task<Affiliate> GetAffiliateByFriendlyUrlNameAsync(string friendlyUrlName) =>
        string.IsNullOrWhiteSpace(friendlyUrlName)
            ? null
            : await _affiliateRepository.Table.OrderBy(affiliate => affiliate.Id).FirstOrDefaultAsync(affiliate => affiliate.FriendlyUrlName == friendlyUrlName);

    public async Task DeleteAffiliateAsync(Affiliate affiliate) => await _affiliateRepository.DeleteAsync(affiliate);

    public async Task<IPagedList<Affiliate>> GetAllAffiliatesAsync(string friendlyUrlName = null, string firstName = null, string lastName = null,
        bool loadOnlyWithOrders = false, DateTime? ordersCreatedFromUtc = null, DateTime? ordersCreatedToUtc = null,
        int pageIndex = 0, int pageSize = int.MaxValue, bool showHidden = false)
    {
        var query = from affiliate in _affiliateRepository.Table
                    join address in _addressRepository.Table on affiliate.AddressId equals address.Id
                    where !affiliate.Deleted && (showHidden || affiliate.Active)
                        && (string.IsNullOrEmpty(friendlyUrlName) || affiliate.FriendlyUrlName.Contains(friendlyUrlName))
                        && (string.IsNullOrEmpty(firstName) || address.FirstName.Contains(firstName))
                        && (string.IsNullOrEmpty(lastName) || address.LastName.Contains(lastName))
                    select affiliate;

        if (loadOnlyWithOrders)
            query = query.Where(affiliate => _orderRepository.Table.Any(order => order.AffiliateId == affiliate.Id && !order.Deleted
                && (!ordersCreatedFromUtc.HasValue || ordersCreatedFromUtc.Value <= order.CreatedOnUtc)
                && (!ordersCreatedToUtc.HasValue || ordersCreatedToUtc.Value >= order.CreatedOnUtc)));

        return await query.OrderByDescending(affiliate => affiliate.Id).ToPagedListAsync(pageIndex, pageSize);
    }

    public async Task InsertAffiliateAsync(Affiliate affiliate) => await _affiliateRepository.InsertAsync(affiliate);

    public async Task UpdateAffiliateAsync(Affiliate affiliate) => await _affiliateRepository.UpdateAsync(affiliate);

    public async Task<string> GetAffiliateFullNameAsync(Affiliate affiliate)
    {
        ArgumentNullException.ThrowIfNull(affiliate);

        var address = await _addressRepository.GetByIdAsync(affiliate.AddressId);
        return address == null ? string.Empty : $"{address.FirstName} {address.LastName}";
    }

    public Task<string> GenerateUrlAsync(Affiliate affiliate)
    {
        ArgumentNullException.ThrowIfNull(affiliate);

        var url = !string.IsNullOrEmpty(affiliate.FriendlyUrlName)
            ? _webHelper.ModifyQueryString(_webHelper.GetStoreLocation(), NopAffiliateDefaults.AffiliateQueryParameter, affiliate.FriendlyUrlName)
            : _webHelper.ModifyQueryString(_webHelper.GetStoreLocation(), NopAffiliateDefaults.AffiliateIdQueryParameter, affiliate.Id.ToString());

        return Task.FromResult(url);
    }

    public async Task<string> ValidateFriendlyUrlNameAsync(Affiliate affiliate, string friendlyUrlName)
    {
        ArgumentNullException.ThrowIfNull(affiliate);

        var name = _nonSlugCharacters.Replace((friendlyUrlName ?? string.Empty).Trim().ToLowerInvariant().Replace(' ', '-'), string.Empty);
        if (name.Length > NopAffiliateDefaults.FriendlyUrlNameLength)
            name = name[..NopAffiliateDefaults.FriendlyUrlNameLength];
        if (string.IsNullOrEmpty(name))
            return name;

        var candidate = name;
        for (var suffix = 2; ; suffix++)
        {
            var owner = await GetAffiliateByFriendlyUrlNameAsync(candidate);
            if (owner == null || owner.Id == affiliate.Id)
                return candidate;

            candidate = $"{name}-{suffix}";
        }
    }
}
