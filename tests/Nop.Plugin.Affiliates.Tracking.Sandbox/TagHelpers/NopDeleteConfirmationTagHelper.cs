using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.TagHelpers;

/// <summary>
/// Sandbox stand-in for nopCommerce's &lt;nop-delete-confirmation&gt;: a confirm() before the delete button submits.
/// </summary>
[HtmlTargetElement("nop-delete-confirmation", Attributes = "asp-button-id", TagStructure = TagStructure.WithoutEndTag)]
public class NopDeleteConfirmationTagHelper : TagHelper
{
    [HtmlAttributeName("asp-model-id")]
    public string ModelId { get; set; }

    [HtmlAttributeName("asp-button-id")]
    public string ButtonId { get; set; }

    [HtmlAttributeName("asp-action")]
    public string Action { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        SandboxConfirmationScript.Write(output, ButtonId, "Are you sure you want to delete this item?");
}
