using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.TagHelpers;

/// <summary>
/// Sandbox stand-in for nopCommerce's &lt;nop-select&gt;: a drop-down (or multi-select list) bound to the property.
/// </summary>
[HtmlTargetElement("nop-select", Attributes = ForAttributeName + "," + ItemsAttributeName, TagStructure = TagStructure.WithoutEndTag)]
public class NopSelectTagHelper : TagHelper
{
    private const string ForAttributeName = "asp-for";
    private const string ItemsAttributeName = "asp-items";

    private readonly IHtmlHelper _htmlHelper;

    public NopSelectTagHelper(IHtmlHelper htmlHelper)
    {
        _htmlHelper = htmlHelper;
    }

    [HtmlAttributeName(ForAttributeName)]
    public ModelExpression For { get; set; }

    [HtmlAttributeName(ItemsAttributeName)]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    [HtmlAttributeName("asp-multiple")]
    public bool IsMultiple { get; set; }

    [HtmlAttributeName("asp-required")]
    public bool IsRequired { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var htmlHelper = SandboxTagHelperHtml.Contextualize(_htmlHelper, ViewContext);
        var attributes = SandboxTagHelperHtml.HtmlAttributes(context, [], "form-control");

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "input-group");
        output.Content.AppendHtml(IsMultiple
            ? htmlHelper.ListBox(For.Name, Items, attributes)
            : htmlHelper.DropDownList(For.Name, Items, attributes));

        if (IsRequired)
            output.Content.AppendHtml("<span class=\"required\">*</span>");
    }
}
