namespace Nop.Data.Mapping;

public static partial class NameCompatibilityManager
{
    public static string GetTableName(Type type) => throw null;

    public static string GetColumnName(Type type, string propertyName) => throw null;

    public static List<Type> AdditionalNameCompatibilities => throw null;
}
