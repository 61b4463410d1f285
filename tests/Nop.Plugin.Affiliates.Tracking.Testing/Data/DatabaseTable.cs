namespace Nop.Plugin.Affiliates.Tracking.Testing.Data;

public sealed record DatabaseTable(string Name, IReadOnlyList<DatabaseColumn> Columns, IReadOnlyList<DatabaseIndex> Indexes);
