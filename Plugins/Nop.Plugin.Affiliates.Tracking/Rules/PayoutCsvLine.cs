namespace Nop.Plugin.Affiliates.Tracking.Rules;

public sealed record PayoutCsvLine(string PayoutEmail, decimal Amount, string CurrencyCode, string Reference);
