using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.TagHelpers;

/// <summary>
/// Sandbox stand-in for nopCommerce's &lt;nop-required&gt;: the required-field marker.
/// </summary>
[HtmlTargetElement("nop-required", TagStructure = TagStructure.WithoutEndTag)]
public class NopRequiredTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "required");
        output.Content.SetContent("*");
    }
}
