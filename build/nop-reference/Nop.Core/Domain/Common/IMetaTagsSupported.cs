namespace Nop.Core.Domain.Common;

public partial interface IMetaTagsSupported
{
    string MetaKeywords { get; set; }
    string MetaDescription { get; set; }
    string MetaTitle { get; set; }
}
