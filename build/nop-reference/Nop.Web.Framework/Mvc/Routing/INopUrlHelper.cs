using Nop.Core;
using Nop.Core.Domain.Seo;

namespace Nop.Web.Framework.Mvc.Routing;

public partial interface INopUrlHelper
{
    Task<string> RouteGenericUrlAsync<TEntity>(TEntity entity, string protocol = null, string host = null, string fragment = null,
        int? languageId = null, bool ensureTwoPublishedLanguages = true) where TEntity : BaseEntity, ISlugSupported;

    Task<string> RouteGenericUrlAsync<TEntity>(object values = null, string protocol = null, string host = null, string fragment = null)
        where TEntity : BaseEntity, ISlugSupported;

    Task<string> RouteTopicUrlAsync(string systemName, string protocol = null, string host = null, string fragment = null);

    string RouteUrl(string routeName, object values = null, string protocol = null, string host = null, string fragment = null);
}
