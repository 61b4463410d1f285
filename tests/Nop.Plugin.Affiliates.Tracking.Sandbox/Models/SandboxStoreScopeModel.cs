using Nop.Core.Domain.Stores;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Models;

public sealed record SandboxStoreScopeModel(IList<Store> Stores, int StoreId);
