namespace Nop.Web.Framework.Models.DataTables;

public partial class FilterParameter
{
    public FilterParameter(string name)
    {
        Name = name;
        Type = typeof(string);
    }

    public FilterParameter(string name, string modelName)
    {
        Name = name;
        ModelName = modelName;
        Type = typeof(string);
    }

    public FilterParameter(string name, Type type)
    {
        Name = name;
        Type = type;
    }

    public FilterParameter(string name, object value)
    {
        Name = name;
        Type = value.GetType();
        Value = value;
    }

    public string Name { get; }

    public string ModelName { get; }

    public Type Type { get; }

    public object Value { get; set; }

    public string ParentName { get; set; }
}
