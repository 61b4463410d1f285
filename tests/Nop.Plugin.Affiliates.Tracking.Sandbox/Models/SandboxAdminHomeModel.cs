using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Orders;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Models;

public sealed record SandboxAdminHomeModel(
    string PluginFriendlyName,
    string PluginSystemName,
    string PluginVersion,
    string ConfigurationUrl,
    IList<Affiliate> Affiliates,
    IList<Order> Orders);
