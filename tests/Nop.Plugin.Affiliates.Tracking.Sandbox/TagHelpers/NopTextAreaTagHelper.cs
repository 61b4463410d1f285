using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.TagHelpers;

/// <summary>
/// Sandbox stand-in for nopCommerce's &lt;nop-textarea&gt;.
/// </summary>
[HtmlTargetElement("nop-textarea", Attributes = ForAttributeName)]
public class NopTextAreaTagHelper : TagHelper
{
    private const string ForAttributeName = "asp-for";

    private readonly IHtmlGenerator _generator;

    public NopTextAreaTagHelper(IHtmlGenerator generator)
    {
        _generator = generator;
    }

    [HtmlAttributeName(ForAttributeName)]
    public ModelExpression For { get; set; }

    [HtmlAttributeName("asp-required")]
    public bool IsRequired { get; set; }

    [HtmlAttributeName("asp-disabled")]
    public bool IsDisabled { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var attributes = SandboxTagHelperHtml.HtmlAttributes(context, [], "form-control");
        if (IsDisabled)
            attributes["disabled"] = "disabled";

        var textArea = _generator.GenerateTextArea(ViewContext, For.ModelExplorer, For.Name, 4, 20, attributes);
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.SetHtmlContent(textArea);
        if (IsRequired)
            output.Content.AppendHtml("<span class=\"required\">*</span>");
    }
}
