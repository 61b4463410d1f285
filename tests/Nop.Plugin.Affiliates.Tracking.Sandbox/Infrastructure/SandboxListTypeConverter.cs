using System.ComponentModel;
using System.Globalization;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;

/// <summary>
/// Sandbox stand-in for nopCommerce's GenericListTypeConverter: stores a list setting as comma-separated values,
/// so list-typed settings load and save like they do in nopCommerce.
/// </summary>
public sealed class SandboxListTypeConverter<T> : TypeConverter
{
    private readonly TypeConverter _itemConverter = TypeDescriptor.GetConverter(typeof(T));

    public override bool CanConvertFrom(ITypeDescriptorContext context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    public override bool CanConvertTo(ITypeDescriptorContext context, Type destinationType) =>
        destinationType == typeof(string) || base.CanConvertTo(context, destinationType);

    public override object ConvertFrom(ITypeDescriptorContext context, CultureInfo culture, object value)
    {
        if (value is not string text)
            return base.ConvertFrom(context, culture, value);

        return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => (T)_itemConverter.ConvertFromInvariantString(item))
            .ToList();
    }

    public override object ConvertTo(ITypeDescriptorContext context, CultureInfo culture, object value, Type destinationType)
    {
        if (destinationType != typeof(string))
            return base.ConvertTo(context, culture, value, destinationType);

        return value is IEnumerable<T> items
            ? string.Join(",", items.Select(item => _itemConverter.ConvertToInvariantString(item)))
            : string.Empty;
    }
}
