namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// An e-mail the sandbox "queued": what nopCommerce would have stored as a QueuedEmail, tokens already replaced.
/// </summary>
public sealed record SandboxEmail(int Id, string TemplateName, string From, string To, string ToName, string Subject, string Body,
    int LanguageId, DateTime CreatedOnUtc, DateTime? DontSendBeforeDateUtc);
