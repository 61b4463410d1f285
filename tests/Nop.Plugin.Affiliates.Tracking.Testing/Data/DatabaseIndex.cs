namespace Nop.Plugin.Affiliates.Tracking.Testing.Data;

/// <summary>
/// A secondary index (primary keys excluded) and its columns in key order.
/// </summary>
public sealed record DatabaseIndex(string Name, bool IsUnique, IReadOnlyList<string> Columns);
