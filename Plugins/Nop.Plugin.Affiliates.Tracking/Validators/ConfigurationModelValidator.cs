using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Validators;

/// <summary>
/// Checks a posted settings form against the rules and parses the allowlist; errors name locale resources.
/// </summary>
public static class ConfigurationModelValidator
{
    private const string P = AffiliateTrackingDefaults.LocalePrefix + "Fields.";

    public static IList<ValidationError> Validate(ConfigurationModel model, out List<string> allowedHosts)
    {
        var errors = new List<ValidationError>();

        if (!AttributionSettingsRules.IsValidWindow(model.AttributionWindowDays))
            errors.Add(new(nameof(model.AttributionWindowDays), P + "AttributionWindowDays.Range"));
        if (!Enum.IsDefined(typeof(AttributionModel), model.AttributionModelId))
            errors.Add(new(nameof(model.AttributionModelId), P + "AttributionModel.Hint"));
        if (!AttributionSettingsRules.IsValidParameterName(model.ReferralParameterName))
            errors.Add(new(nameof(model.ReferralParameterName), P + "ReferralParameterName.Invalid"));
        if (!AttributionSettingsRules.IsValidPathPrefix(model.ShortLinkPrefix))
            errors.Add(new(nameof(model.ShortLinkPrefix), P + "ShortLinkPrefix.Invalid"));
        if (!Enum.IsDefined(typeof(CommissionType), model.CommissionTypeId))
            errors.Add(new(nameof(model.CommissionTypeId), P + "CommissionType.Hint"));
        if (!CommissionSettingsRules.IsValidPercentage(model.CommissionPercentage))
            errors.Add(new(nameof(model.CommissionPercentage), P + "CommissionPercentage.Range"));
        if (!CommissionSettingsRules.IsValidAmount(model.CommissionFixedAmount))
            errors.Add(new(nameof(model.CommissionFixedAmount), P + "CommissionFixedAmount.Range"));
        if (!CommissionSettingsRules.IsValidHoldPeriod(model.HoldPeriodDays))
            errors.Add(new(nameof(model.HoldPeriodDays), P + "HoldPeriodDays.Range"));
        if (!CommissionSettingsRules.IsValidAmount(model.MinimumPayoutAmount))
            errors.Add(new(nameof(model.MinimumPayoutAmount), P + "MinimumPayoutAmount.Range"));

        // The ledger's settings (issue 6); the months matter only in ForMonths mode but are kept sane whatever the mode.
        if (!Enum.IsDefined(typeof(LifetimeCommissionMode), model.LifetimeCommissionModeId))
            errors.Add(new(nameof(model.LifetimeCommissionModeId), P + "LifetimeCommissionMode.Hint"));
        if (!LifetimeReferralRule.IsValidMonths(model.LifetimeCommissionMonths))
            errors.Add(new(nameof(model.LifetimeCommissionMonths), P + "LifetimeCommissionMonths.Range"));
        if (!CommissionSettingsRules.IsValidReconcileDays(model.LedgerReconcileDays))
            errors.Add(new(nameof(model.LedgerReconcileDays), P + "LedgerReconcileDays.Range"));

        allowedHosts = new List<string>();
        var entries = (model.AllowedExternalHosts ?? string.Empty)
            .Split(new[] { '\r', '\n', ',' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var entry in entries)
        {
            if (AttributionSettingsRules.TryNormalizeHost(entry, out var host))
            {
                if (!allowedHosts.Contains(host))
                    allowedHosts.Add(host);
            }
            else
                errors.Add(new(nameof(model.AllowedExternalHosts), P + "AllowedExternalHosts.Invalid", Truncate(entry)));
        }

        if (allowedHosts.Count > AttributionSettingsRules.MaxAllowedHosts)
            errors.Add(new(nameof(model.AllowedExternalHosts), P + "AllowedExternalHosts.TooMany", AttributionSettingsRules.MaxAllowedHosts));

        // Postbacks (issue 6): an empty global URL is allowed (only affiliates with their own URL then get postbacks).
        if (!string.IsNullOrWhiteSpace(model.PostbackUrlTemplate))
        {
            var template = PostbackTemplate.Parse(model.PostbackUrlTemplate, model.PostbackAllowHttp);
            if (!template.IsValid)
                errors.Add(new(nameof(model.PostbackUrlTemplate), AffiliateTrackingDefaults.LocalePrefix + "Postbacks.Errors." + template.Error, template.Detail ?? string.Empty));
        }

        return errors;
    }

    // An echoed entry is shown to the admin; keep a pasted novel out of the message.
    private static string Truncate(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
