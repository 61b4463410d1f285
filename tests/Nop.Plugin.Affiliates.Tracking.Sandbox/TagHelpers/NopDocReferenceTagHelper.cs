using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.TagHelpers;

/// <summary>
/// Sandbox stand-in for nopCommerce's &lt;nop-doc-reference&gt;: a plain link to the documentation page.
/// </summary>
[HtmlTargetElement("nop-doc-reference", Attributes = "asp-string-resource", TagStructure = TagStructure.WithoutEndTag)]
public class NopDocReferenceTagHelper : TagHelper
{
    [HtmlAttributeName("asp-string-resource")]
    public string StringResource { get; set; }

    [HtmlAttributeName("asp-add-wrapper")]
    public bool AddWrapper { get; set; } = true;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "documentation-reference");
        output.Content.SetHtmlContent(StringResource ?? string.Empty);
    }
}
