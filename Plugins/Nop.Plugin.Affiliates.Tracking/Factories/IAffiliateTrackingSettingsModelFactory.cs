using Nop.Plugin.Affiliates.Tracking.Models.Admin;

namespace Nop.Plugin.Affiliates.Tracking.Factories;

public interface IAffiliateTrackingSettingsModelFactory
{
    /// <summary>
    /// Prepares the settings form: from the stored settings, or, when a posted model is given, keeps its values and only refills the lists.
    /// </summary>
    Task<ConfigurationModel> PrepareConfigurationModelAsync(ConfigurationModel model = null);
}
