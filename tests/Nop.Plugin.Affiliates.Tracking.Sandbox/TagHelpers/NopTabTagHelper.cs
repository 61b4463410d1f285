using System.Net;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.TagHelpers;

/// <summary>
/// Sandbox stand-in for nopCommerce's &lt;nop-tab&gt;: a titled section.
/// </summary>
[HtmlTargetElement("nop-tab", ParentTag = "nop-tabs", Attributes = "asp-name")]
public class NopTabTagHelper : TagHelper
{
    [HtmlAttributeName("asp-name")]
    public string Name { get; set; }

    [HtmlAttributeName("asp-title")]
    public string Title { get; set; }

    [HtmlAttributeName("asp-default")]
    public bool IsDefault { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        output.TagName = "section";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", Name);
        output.Attributes.SetAttribute("class", "tab-pane");
        output.Content.SetHtmlContent($"<h3>{WebUtility.HtmlEncode(Title)}</h3>");
        output.Content.AppendHtml(content);
    }
}
