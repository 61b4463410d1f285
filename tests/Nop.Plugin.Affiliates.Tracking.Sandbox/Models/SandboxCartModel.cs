using Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Models;

public sealed record SandboxCartModel(IReadOnlyList<SandboxCartLine> Lines, SandboxOrderTotals Totals, IReadOnlyList<string> AppliedCouponCodes);
