namespace Nop.Plugin.Affiliates.Tracking.Testing.Data;

/// <summary>
/// A column as the database reports it. <see cref="DataType"/> is SQLite's declared type or PostgreSQL's
/// information_schema data_type; <see cref="MaxLength"/> and the numeric facets are PostgreSQL only.
/// </summary>
public sealed record DatabaseColumn(string Name, string DataType, int? MaxLength, int? NumericPrecision, int? NumericScale,
    bool IsNullable, bool IsPrimaryKey, bool IsIdentity);
