using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nop.Web.Framework.UI;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Mvc;

/// <summary>
/// Sandbox stand-in for nopCommerce's NopHtmlHelper (the views' NopHtml): collects title, CSS, script and page-class
/// parts per request and renders them plainly in the sandbox layouts (no bundling, no SEO settings).
/// </summary>
public class SandboxNopHtml : INopHtmlHelper
{
    private readonly List<string> _titleParts = [];
    private readonly List<string> _metaDescriptionParts = [];
    private readonly List<string> _metaKeywordParts = [];
    private readonly List<(ResourceLocation Location, string Src)> _scriptParts = [];
    private readonly List<(ResourceLocation Location, string Script)> _inlineScriptParts = [];
    private readonly List<string> _cssFileParts = [];
    private readonly List<string> _canonicalUrlParts = [];
    private readonly List<string> _headCustomParts = [];
    private readonly List<string> _pageCssClassParts = [];
    private readonly List<string> _jsonLdParts = [];
    private readonly IHttpContextAccessor _httpContextAccessor;
    private string _editPageUrl;
    private string _activeAdminMenuSystemName;

    public SandboxNopHtml(IHttpContextAccessor httpContextAccessor)
    {
        _httpContextAccessor = httpContextAccessor;
    }

    public void AddTitleParts(string part) => AddPart(_titleParts, part);

    public void AppendTitleParts(string part) => AppendPart(_titleParts, part);

    public Task<IHtmlContent> GenerateTitleAsync(bool addDefaultTitle = true, string part = "")
    {
        AppendTitleParts(part);
        var parts = addDefaultTitle ? _titleParts.Append("Sandbox store") : _titleParts;
        return Task.FromResult<IHtmlContent>(new HtmlString(HtmlEncoder.Default.Encode(string.Join(". ", parts))));
    }

    public void AddMetaDescriptionParts(string part) => AddPart(_metaDescriptionParts, part);

    public void AppendMetaDescriptionParts(string part) => AppendPart(_metaDescriptionParts, part);

    public Task<IHtmlContent> GenerateMetaDescriptionAsync(string part = "")
    {
        AppendMetaDescriptionParts(part);
        return Task.FromResult<IHtmlContent>(new HtmlString(HtmlEncoder.Default.Encode(string.Join(", ", _metaDescriptionParts))));
    }

    public void AddMetaKeywordParts(string part) => AddPart(_metaKeywordParts, part);

    public void AppendMetaKeywordParts(string part) => AppendPart(_metaKeywordParts, part);

    public Task<IHtmlContent> GenerateMetaKeywordsAsync(string part = "")
    {
        AppendMetaKeywordParts(part);
        return Task.FromResult<IHtmlContent>(new HtmlString(HtmlEncoder.Default.Encode(string.Join(", ", _metaKeywordParts))));
    }

    public void AddScriptParts(ResourceLocation location, string src, string debugSrc = "", bool excludeFromBundle = false) =>
        _scriptParts.Add((location, src));

    public void AppendScriptParts(ResourceLocation location, string src, string debugSrc = "", bool excludeFromBundle = false) =>
        _scriptParts.Insert(0, (location, src));

    public IHtmlContent GenerateScripts(ResourceLocation location) =>
        Join(_scriptParts.Where(part => part.Location == location).Select(part => $"<script src=\"{HtmlEncoder.Default.Encode(part.Src)}\"></script>"));

    public void AddInlineScriptParts(ResourceLocation location, string script) => _inlineScriptParts.Add((location, script));

    public void AppendInlineScriptParts(ResourceLocation location, string script) => _inlineScriptParts.Insert(0, (location, script));

    public IHtmlContent GenerateInlineScripts(ResourceLocation location) =>
        Join(_inlineScriptParts.Where(part => part.Location == location).Select(part => part.Script));

    public void AddCssFileParts(string src, string debugSrc = "", bool excludeFromBundle = false) => AddPart(_cssFileParts, src);

    public void AppendCssFileParts(string src, string debugSrc = "", bool excludeFromBundle = false) => AppendPart(_cssFileParts, src);

    public IHtmlContent GenerateCssFiles() =>
        Join(_cssFileParts.Distinct().Select(src => $"<link href=\"{HtmlEncoder.Default.Encode(src)}\" rel=\"stylesheet\" type=\"text/css\" />"));

    public void AddCanonicalUrlParts(string part, bool withQueryString = false) => AddPart(_canonicalUrlParts, part);

    public void AppendCanonicalUrlParts(string part) => AppendPart(_canonicalUrlParts, part);

    public IHtmlContent GenerateCanonicalUrls() =>
        Join(_canonicalUrlParts.Distinct().Select(url => $"<link rel=\"canonical\" href=\"{HtmlEncoder.Default.Encode(url)}\" />"));

    public void AddHeadCustomParts(string part) => AddPart(_headCustomParts, part);

    public void AppendHeadCustomParts(string part) => AppendPart(_headCustomParts, part);

    public IHtmlContent GenerateHeadCustom() => Join(_headCustomParts.Distinct());

    public void AddPageCssClassParts(string part) => AddPart(_pageCssClassParts, part);

    public void AppendPageCssClassParts(string part) => AppendPart(_pageCssClassParts, part);

    public string GeneratePageCssClasses(string part = "")
    {
        AppendPageCssClassParts(part);
        return string.Join(" ", _pageCssClassParts);
    }

    public void AddEditPageUrl(string url) => _editPageUrl = url;

    public string GetEditPageUrl() => _editPageUrl;

    public void SetActiveMenuItemSystemName(string systemName) => _activeAdminMenuSystemName = systemName;

    public string GetActiveMenuItemSystemName() => _activeAdminMenuSystemName;

    public string GetRouteName(bool handleDefaultRoutes = false) =>
        _httpContextAccessor.HttpContext?.GetEndpoint()?.Metadata.GetMetadata<RouteNameMetadata>()?.RouteName ?? string.Empty;

    public void AddJsonLdParts(string jsonLd) => AddPart(_jsonLdParts, jsonLd);

    private static void AddPart(List<string> parts, string part)
    {
        if (!string.IsNullOrEmpty(part))
            parts.Add(part);
    }

    private static void AppendPart(List<string> parts, string part)
    {
        if (!string.IsNullOrEmpty(part))
            parts.Insert(0, part);
    }

    private static IHtmlContent Join(IEnumerable<string> html) => new HtmlString(string.Join(Environment.NewLine, html));
}
