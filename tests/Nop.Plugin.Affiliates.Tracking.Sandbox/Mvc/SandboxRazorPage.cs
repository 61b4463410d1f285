using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Mvc;
using Nop.Web.Framework.Localization;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Mvc;

/// <summary>
/// Sandbox stand-in for nopCommerce's NopRazorPage&lt;TModel&gt;, the base class of the plugin's views in the sandbox.
/// T("key", args) returns the resource through the sandbox localization double (the key when missing), formatted with
/// args, as nopCommerce's LocalizedString: an HtmlString, so Razor writes it unencoded exactly like nopCommerce does,
/// and .Text gives the plain string.
/// </summary>
public abstract class SandboxRazorPage<TModel> : RazorPage<TModel>
{
    private Localizer _localizer;

    public Localizer T => _localizer ??= Localize;

    private LocalizedString Localize(string text, params object[] args)
    {
        var value = Context.RequestServices.GetRequiredService<SandboxLocalizer>().GetResource(text);
        if (args == null || args.Length == 0)
            return new LocalizedString(value);

        try
        {
            return new LocalizedString(string.Format(value, args));
        }
        catch (FormatException)
        {
            return new LocalizedString(value);
        }
    }
}
