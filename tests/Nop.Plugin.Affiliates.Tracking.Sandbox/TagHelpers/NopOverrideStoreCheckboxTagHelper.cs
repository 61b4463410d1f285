using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.TagHelpers;

/// <summary>
/// Sandbox stand-in for nopCommerce's &lt;nop-override-store-checkbox&gt;: nothing while the admin store scope is
/// "all stores"; for a chosen store, the checkbox of the model's X_OverrideForStore flag (with its hidden "false"),
/// class multi-store-override-option and the ids of the inputs it governs in data-for-input-selector.
/// </summary>
[HtmlTargetElement("nop-override-store-checkbox", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public class NopOverrideStoreCheckboxTagHelper : TagHelper
{
    private readonly IHtmlHelper _htmlHelper;

    public NopOverrideStoreCheckboxTagHelper(IHtmlHelper htmlHelper)
    {
        _htmlHelper = htmlHelper;
    }

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

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.SuppressOutput();
        if (StoreScope <= 0)
            return;

        (_htmlHelper as IViewContextAware)?.Contextualize(ViewContext);
        var inputIds = new[] { Input, Input2 }.Where(input => input is not null).Select(input => "#" + _htmlHelper.Id(input.Name));
        var attributes = new Dictionary<string, object>
        {
            ["class"] = "multi-store-override-option",
            ["data-for-input-selector"] = string.Join(", ", inputIds)
        };
        output.Content.SetHtmlContent(_htmlHelper.CheckBox(For.Name, (bool?)For.Model ?? false, attributes));
    }
}
