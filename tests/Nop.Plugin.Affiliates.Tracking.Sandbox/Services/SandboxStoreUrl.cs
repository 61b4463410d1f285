namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// The store URL (ending with "/") used when there is no request, e.g. in consumers run by a background task.
/// Set once Kestrel has bound its address.
/// </summary>
public sealed class SandboxStoreUrl
{
    public string Value { get; set; } = "http://127.0.0.1/";
}
