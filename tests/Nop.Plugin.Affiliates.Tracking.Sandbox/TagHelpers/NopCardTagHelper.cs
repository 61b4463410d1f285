using System.Net;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.TagHelpers;

/// <summary>
/// Sandbox stand-in for nopCommerce's &lt;nop-card&gt;: a titled block (never collapsed).
/// </summary>
[HtmlTargetElement("nop-card", Attributes = NameAttributeName)]
public class NopCardTagHelper : TagHelper
{
    private const string NameAttributeName = "asp-name";

    [HtmlAttributeName(NameAttributeName)]
    public string Name { get; set; }

    [HtmlAttributeName("asp-title")]
    public string Title { get; set; }

    [HtmlAttributeName("asp-icon")]
    public string Icon { get; set; }

    [HtmlAttributeName("asp-hide-block-attribute-name")]
    public string HideBlockAttributeName { get; set; }

    [HtmlAttributeName("asp-hide")]
    public bool IsHide { get; set; }

    [HtmlAttributeName("asp-advanced")]
    public bool IsAdvanced { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", IsAdvanced ? "card card-default advanced-setting" : "card card-default");
        output.Attributes.SetAttribute("id", Name);
        output.Content.SetHtmlContent($"<div class=\"card-header\">{WebUtility.HtmlEncode(Title)}</div><div class=\"card-body\">");
        output.Content.AppendHtml(content);
        output.Content.AppendHtml("</div>");
    }
}
