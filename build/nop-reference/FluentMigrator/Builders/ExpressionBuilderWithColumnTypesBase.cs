using System.Data;
using FluentMigrator.Expressions;
using FluentMigrator.Infrastructure;
using FluentMigrator.Model;

namespace FluentMigrator.Builders;

// Minimal implementation of FluentMigrator's documented builder contract, so tests can read what an entity builder declares.
// Each As* call sets the type (and size/precision where given) of the column returned by GetColumnForType().
public abstract class ExpressionBuilderWithColumnTypesBase<TExpression, TNext> : ExpressionBuilderBase<TExpression>, IColumnTypeSyntax<TNext>
    where TExpression : class, IMigrationExpression
    where TNext : IFluentSyntax
{
    protected ExpressionBuilderWithColumnTypesBase(TExpression expression)
        : base(expression)
    {
    }

    public abstract ColumnDefinition GetColumnForType();

    public TNext AsAnsiString() => Typed(DbType.AnsiString, null);

    public TNext AsAnsiString(string collationName) => Typed(DbType.AnsiString, null, collationName);

    public TNext AsAnsiString(int size) => Typed(DbType.AnsiString, size);

    public TNext AsAnsiString(int size, string collationName) => Typed(DbType.AnsiString, size, collationName);

    public TNext AsBinary() => Typed(DbType.Binary, null);

    public TNext AsBinary(int size) => Typed(DbType.Binary, size);

    public TNext AsBoolean() => Typed(DbType.Boolean);

    public TNext AsByte() => Typed(DbType.Byte);

    public TNext AsCurrency() => Typed(DbType.Currency);

    public TNext AsDate() => Typed(DbType.Date);

    public TNext AsDateTime() => Typed(DbType.DateTime);

    public TNext AsDateTime2() => Typed(DbType.DateTime2);

    public TNext AsDateTimeOffset() => Typed(DbType.DateTimeOffset);

    public TNext AsDateTimeOffset(int precision) => Typed(DbType.DateTimeOffset, precision);

    public TNext AsDecimal() => Typed(DbType.Decimal);

    public TNext AsDecimal(int size, int precision)
    {
        GetColumnForType().Precision = precision;
        return Typed(DbType.Decimal, size);
    }

    public TNext AsDouble() => Typed(DbType.Double);

    public TNext AsFixedLengthString(int size) => Typed(DbType.StringFixedLength, size);

    public TNext AsFixedLengthString(int size, string collationName) => Typed(DbType.StringFixedLength, size, collationName);

    public TNext AsFixedLengthAnsiString(int size) => Typed(DbType.AnsiStringFixedLength, size);

    public TNext AsFixedLengthAnsiString(int size, string collationName) => Typed(DbType.AnsiStringFixedLength, size, collationName);

    public TNext AsFloat() => Typed(DbType.Single);

    public TNext AsGuid() => Typed(DbType.Guid);

    public TNext AsInt16() => Typed(DbType.Int16);

    public TNext AsInt32() => Typed(DbType.Int32);

    public TNext AsInt64() => Typed(DbType.Int64);

    public TNext AsString() => Typed(DbType.String, null);

    public TNext AsString(string collationName) => Typed(DbType.String, null, collationName);

    public TNext AsString(int size) => Typed(DbType.String, size);

    public TNext AsString(int size, string collationName) => Typed(DbType.String, size, collationName);

    public TNext AsTime() => Typed(DbType.Time);

    public TNext AsXml() => Typed(DbType.Xml);

    public TNext AsXml(int size) => Typed(DbType.Xml, size);

    public TNext AsCustom(string customType)
    {
        var column = GetColumnForType();
        column.Type = null;
        column.CustomType = customType;
        return (TNext)(object)this;
    }

    public TNext AsColumnDataType(IColumnDataType columnDataType)
    {
        var column = GetColumnForType();
        column.Type = columnDataType.Type;
        column.Size = columnDataType.Size;
        column.Precision = columnDataType.Precision;
        column.CollationName = columnDataType.CollationName;
        column.CustomType = columnDataType.CustomType;
        return (TNext)(object)this;
    }

    // Sets the type only; size and collation stay as they are.
    private TNext Typed(DbType type)
    {
        GetColumnForType().Type = type;
        return (TNext)(object)this;
    }

    // Sets the type and the size (null clears it); a non-empty collation is recorded too.
    private TNext Typed(DbType type, int? size, string collationName = null)
    {
        var column = GetColumnForType();
        column.Type = type;
        column.Size = size;
        if (!string.IsNullOrEmpty(collationName))
            column.CollationName = collationName;
        return (TNext)(object)this;
    }
}
