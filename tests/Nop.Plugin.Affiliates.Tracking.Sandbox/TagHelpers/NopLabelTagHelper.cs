using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Mvc;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.TagHelpers;

/// <summary>
/// Sandbox stand-in for nopCommerce's &lt;nop-label&gt;: the property's (localized) display name as a label, followed by
/// the "&lt;resource&gt;.Hint" text as a help marker when that resource exists.
/// </summary>
[HtmlTargetElement("nop-label", Attributes = ForAttributeName, TagStructure = TagStructure.WithoutEndTag)]
public class NopLabelTagHelper : TagHelper
{
    private const string ForAttributeName = "asp-for";

    private readonly IHtmlGenerator _generator;
    private readonly SandboxLocalizer _localizer;

    public NopLabelTagHelper(IHtmlGenerator generator, SandboxLocalizer localizer)
    {
        _generator = generator;
        _localizer = localizer;
    }

    [HtmlAttributeName(ForAttributeName)]
    public ModelExpression For { get; set; }

    [HtmlAttributeName("asp-display-hint")]
    public bool DisplayHint { get; set; } = true;

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "label-wrapper");

        var label = _generator.GenerateLabel(ViewContext, For.ModelExplorer, For.Name, null, new { @class = "col-form-label" });
        output.Content.AppendHtml(label);

        if (!DisplayHint || !For.Metadata.AdditionalValues.TryGetValue(nameof(NopResourceDisplayNameAttribute), out var resourceKey))
            return;

        var hint = _localizer.FindResource(resourceKey + ".Hint");
        if (string.IsNullOrEmpty(hint))
            return;

        var help = new TagBuilder("span");
        help.AddCssClass("ico-help");
        help.Attributes["title"] = hint;
        help.InnerHtml.Append("?");
        output.Content.AppendHtml(help);
    }
}
