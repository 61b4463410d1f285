namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// A parsed template, or why the text is not one. <see cref="Detail"/> names the offending token or character when there is one.
/// </summary>
public sealed record PostbackTemplateResult(PostbackTemplate Template, PostbackTemplateError Error, string Detail)
{
    public bool IsValid => Error == PostbackTemplateError.None;

    public static PostbackTemplateResult Valid(PostbackTemplate template) => new(template, PostbackTemplateError.None, null);

    public static PostbackTemplateResult Invalid(PostbackTemplateError error, string detail = null) => new(null, error, detail);
}
