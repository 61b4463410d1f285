using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.TagHelpers;

/// <summary>
/// Sandbox stand-in for nopCommerce's &lt;nop-nested-setting&gt;: wraps settings that depend on a parent setting
/// (always shown; nopCommerce hides them with script while the parent checkbox is off).
/// </summary>
[HtmlTargetElement("nop-nested-setting", Attributes = "asp-for")]
public class NopNestedSettingTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; }

    [HtmlAttributeName("disable-auto-generation")]
    public bool DisableAutoGeneration { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "nested-setting");
        output.Attributes.SetAttribute("data-parent-setting", For?.Name);
    }
}
