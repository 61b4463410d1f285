using Nop.Core.Domain.Directory;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// The sandbox store's only currency (primary store currency, rate 1).
/// </summary>
public static class SandboxCurrency
{
    public const string Code = "USD";

    public static Currency Primary => new() { Id = 1, Name = "US Dollar", CurrencyCode = Code, Rate = 1, DisplayLocale = "en-US", Published = true };
}
