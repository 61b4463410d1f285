using System.Data;

namespace FluentMigrator.Model;

public interface IColumnDataType
{
    DbType? Type { get; set; }

    int? Size { get; set; }

    int? Precision { get; set; }

    string CollationName { get; set; }

    string CustomType { get; set; }
}
