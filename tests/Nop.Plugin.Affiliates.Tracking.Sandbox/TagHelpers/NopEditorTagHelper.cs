using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.TagHelpers;

/// <summary>
/// Sandbox stand-in for nopCommerce's &lt;nop-editor&gt;: MVC's editor for the property (checkbox for bool, text/number
/// input otherwise, or the named template), with an optional postfix and required marker.
/// </summary>
[HtmlTargetElement("nop-editor", Attributes = ForAttributeName, TagStructure = TagStructure.WithoutEndTag)]
public class NopEditorTagHelper : TagHelper
{
    private const string ForAttributeName = "asp-for";

    private readonly IHtmlHelper _htmlHelper;

    public NopEditorTagHelper(IHtmlHelper htmlHelper)
    {
        _htmlHelper = htmlHelper;
    }

    [HtmlAttributeName(ForAttributeName)]
    public ModelExpression For { get; set; }

    [HtmlAttributeName("asp-required")]
    public bool IsRequired { get; set; }

    [HtmlAttributeName("asp-disabled")]
    public bool IsDisabled { get; set; }

    [HtmlAttributeName("asp-template")]
    public string Template { get; set; }

    [HtmlAttributeName("asp-postfix")]
    public string Postfix { get; set; }

    [HtmlAttributeName("html-attributes")]
    public IDictionary<string, object> HtmlAttributes { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var htmlHelper = SandboxTagHelperHtml.Contextualize(_htmlHelper, ViewContext);
        var attributes = HtmlAttributes != null ? new Dictionary<string, object>(HtmlAttributes) : SandboxTagHelperHtml.HtmlAttributes(context, [], "form-control");
        if (IsDisabled)
            attributes["disabled"] = "disabled";
        if (IsRequired)
            attributes["data-val-required"] = "required";

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "input-group");
        output.Content.AppendHtml(htmlHelper.Editor(For.Name, Template, new { htmlAttributes = attributes, postfix = Postfix }));

        if (!string.IsNullOrEmpty(Postfix))
            output.Content.AppendHtml($"<span class=\"input-group-postfix\">{System.Net.WebUtility.HtmlEncode(Postfix)}</span>");
        if (IsRequired)
            output.Content.AppendHtml("<span class=\"required\">*</span>");
    }
}
