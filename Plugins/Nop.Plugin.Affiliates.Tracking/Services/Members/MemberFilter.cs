using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Services.Members;

/// <summary>
/// A validated members search: trimmed keywords (null: any) and a status (null: any).
/// </summary>
public sealed record MemberFilter(string Keywords, MemberStatus? Status);
