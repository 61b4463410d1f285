using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.TagHelpers;

/// <summary>
/// Sandbox stand-in for nopCommerce's &lt;nop-action-confirmation&gt;: asks the browser's confirm() before the button
/// submits its form (nopCommerce shows a modal).
/// </summary>
[HtmlTargetElement("nop-action-confirmation", Attributes = "asp-button-id", TagStructure = TagStructure.WithoutEndTag)]
public class NopActionConfirmationTagHelper : TagHelper
{
    [HtmlAttributeName("asp-button-id")]
    public string ButtonId { get; set; }

    [HtmlAttributeName("asp-action")]
    public string Action { get; set; }

    [HtmlAttributeName("asp-additional-confirm")]
    public string AdditionalConfirm { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        SandboxConfirmationScript.Write(output, ButtonId, AdditionalConfirm ?? "Are you sure?");
}
