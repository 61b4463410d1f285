using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.TagHelpers;

/// <summary>
/// Sandbox stand-in for nopCommerce's &lt;nop-tabs&gt;: the tabs are rendered one below the other.
/// </summary>
[HtmlTargetElement("nop-tabs", Attributes = "id")]
public class NopTabsTagHelper : TagHelper
{
    [HtmlAttributeName("asp-tab-name-to-select")]
    public string TabNameToSelect { get; set; }

    [HtmlAttributeName("asp-render-selected-tab-input")]
    public string RenderSelectedTabInput { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "nav-tabs-custom");
    }
}
