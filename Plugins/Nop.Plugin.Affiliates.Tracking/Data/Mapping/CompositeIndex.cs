namespace Nop.Plugin.Affiliates.Tracking.Data.Mapping;

/// <summary>
/// A non-unique index over several columns of an entity's table, in key order (all ascending).
/// </summary>
public sealed record CompositeIndex(string Name, Type EntityType, IReadOnlyList<string> Columns);
