using Nop.Core.Domain.Common;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Security;
using Nop.Core.Domain.Seo;
using Nop.Core.Domain.Stores;

namespace Nop.Core.Domain.Catalog;

public partial class Category : BaseEntity, ILocalizedEntity, ISlugSupported, IAclSupported, IStoreMappingSupported, IDiscountSupported<DiscountCategoryMapping>, ISoftDeletedEntity, IMetaTagsSupported
{
    public string Name { get; set; }
    public string Description { get; set; }
    public int CategoryTemplateId { get; set; }
    public string MetaKeywords { get; set; }
    public string MetaDescription { get; set; }
    public string MetaTitle { get; set; }
    public int ParentCategoryId { get; set; }
    public int PictureId { get; set; }
    public int PageSize { get; set; }
    public bool AllowCustomersToSelectPageSize { get; set; }
    public string PageSizeOptions { get; set; }
    public bool ShowOnHomepage { get; set; }
    public bool SubjectToAcl { get; set; }
    public bool LimitedToStores { get; set; }
    public bool Published { get; set; }
    public bool Deleted { get; set; }
    public int DisplayOrder { get; set; }
    public DateTime CreatedOnUtc { get; set; }
    public DateTime UpdatedOnUtc { get; set; }
    public bool PriceRangeFiltering { get; set; }
    public decimal PriceFrom { get; set; }
    public decimal PriceTo { get; set; }
    public bool ManuallyPriceRange { get; set; }
    public bool RestrictFromVendors { get; set; }
}
