using System.Text.Json;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.TagHelpers;

internal static class SandboxConfirmationScript
{
    public static void Write(TagHelperOutput output, string buttonId, string question)
    {
        output.TagName = "script";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.SetHtmlContent(
            $"document.getElementById({JsonSerializer.Serialize(buttonId)})?.addEventListener('click', function (e) {{ if (!confirm({JsonSerializer.Serialize(question)})) e.preventDefault(); }});");
    }
}
