using System.Net;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.TagHelpers;

/// <summary>
/// Sandbox stand-in for nopCommerce's &lt;nop-alert&gt;: a hidden message block scripts can show (no modal).
/// </summary>
[HtmlTargetElement("nop-alert", Attributes = "asp-alert-id", TagStructure = TagStructure.WithoutEndTag)]
public class NopAlertTagHelper : TagHelper
{
    [HtmlAttributeName("asp-alert-id")]
    public string AlertId { get; set; }

    [HtmlAttributeName("asp-alert-message")]
    public string Message { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", AlertId);
        output.Attributes.SetAttribute("class", "alert");
        output.Attributes.SetAttribute("hidden", "hidden");
        output.Content.SetHtmlContent(WebUtility.HtmlEncode(Message ?? string.Empty));
    }
}
