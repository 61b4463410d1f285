using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Mvc;

/// <summary>
/// Sandbox stand-in for nopCommerce's NopMetadataProvider: a property with [NopResourceDisplayName(key)] gets the
/// localized resource as its display name (the surface attribute's DisplayName only throws). It runs after MVC's
/// DataAnnotations provider and so replaces the display name that provider took from the attribute.
/// </summary>
public sealed class SandboxDisplayMetadataProvider : IDisplayMetadataProvider
{
    private static readonly IHttpContextAccessor _httpContextAccessor = new HttpContextAccessor();

    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        var attribute = context.Attributes.OfType<NopResourceDisplayNameAttribute>().FirstOrDefault();
        if (attribute == null)
            return;

        var resourceKey = attribute.ResourceKey;
        context.DisplayMetadata.DisplayName = () => Localize(resourceKey);
        context.DisplayMetadata.AdditionalValues[nameof(NopResourceDisplayNameAttribute)] = resourceKey;
    }

    private static string Localize(string resourceKey) =>
        _httpContextAccessor.HttpContext?.RequestServices.GetService<SandboxLocalizer>()?.GetResource(resourceKey) ?? resourceKey;
}
