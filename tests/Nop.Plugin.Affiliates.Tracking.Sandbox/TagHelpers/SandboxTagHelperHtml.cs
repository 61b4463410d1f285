using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.TagHelpers;

/// <summary>
/// Helpers shared by the sandbox tag helpers.
/// </summary>
internal static class SandboxTagHelperHtml
{
    public static IHtmlHelper Contextualize(IHtmlHelper htmlHelper, ViewContext viewContext)
    {
        (htmlHelper as IViewContextAware)?.Contextualize(viewContext);
        return htmlHelper;
    }

    /// <summary>
    /// Copies the attributes written on the tag (class, style, data-*) so they reach the generated element.
    /// </summary>
    public static Dictionary<string, object> HtmlAttributes(TagHelperContext context, IEnumerable<string> except, string extraClass = null)
    {
        var attributes = context.AllAttributes
            .Where(attribute => !attribute.Name.StartsWith("asp-", StringComparison.OrdinalIgnoreCase) && !except.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase))
            .ToDictionary(attribute => attribute.Name, attribute => attribute.Value);

        if (!string.IsNullOrEmpty(extraClass))
            attributes["class"] = attributes.TryGetValue("class", out var existing) ? $"{extraClass} {existing}" : extraClass;

        return attributes;
    }
}
