namespace Nop.Plugin.Affiliates.Tracking.Services.Messages;

/// <summary>
/// A message template the plugin installs; the store owner edits it afterwards under Content management → Message templates.
/// </summary>
public sealed record AffiliateTrackingMessageTemplate(string Name, string Subject, string Body);
