using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.TagHelpers;

/// <summary>
/// Sandbox stand-in for nopCommerce's &lt;nop-override-store-checkbox&gt;. nopCommerce renders nothing while the admin
/// store scope is "all stores", and the sandbox's scope is always 0, so this renders nothing either.
/// </summary>
[HtmlTargetElement("nop-override-store-checkbox", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public class NopOverrideStoreCheckboxTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; }

    [HtmlAttributeName("asp-input")]
    public ModelExpression Input { get; set; }

    [HtmlAttributeName("asp-input2")]
    public ModelExpression Input2 { get; set; }

    [HtmlAttributeName("asp-store-scope")]
    public int StoreScope { get; set; }

    [HtmlAttributeName("asp-parent-container")]
    public string ParentContainer { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output) => output.SuppressOutput();
}
