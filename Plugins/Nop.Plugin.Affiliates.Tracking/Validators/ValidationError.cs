namespace Nop.Plugin.Affiliates.Tracking.Validators;

/// <summary>
/// A form error: the model property it belongs to, the locale resource that explains it, and the resource's format arguments.
/// </summary>
public record ValidationError(string PropertyName, string ResourceKey, params object[] Arguments);
